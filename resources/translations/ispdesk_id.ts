<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>DashboardTab</name>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="26" />
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="27" />
            <source>Bank transfer</source>
            <translation>Transfer bank</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="28" />
            <source>QRIS</source>
            <translation>QRIS</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="29" />
            <source>Midtrans</source>
            <translation>Midtrans</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="30" />
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="31" />
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="32" />
            <source>Contacted</source>
            <translation>Dihubungi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="33" />
            <source>Qualified</source>
            <translation>Memenuhi syarat</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="34" />
            <source>Proposal</source>
            <translation>Penawaran</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="35" />
            <source>Negotiation</source>
            <translation>Negosiasi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="36" />
            <source>Pending</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="37" />
            <source>Assigned</source>
            <translation>Ditugaskan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="38" />
            <source>In progress</source>
            <translation>Dikerjakan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="114" />
            <source>Payments today</source>
            <translation>Pembayaran hari ini</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="115" />
            <source>Receipts today</source>
            <translation>Kuitansi hari ini</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="116" />
            <source>Unpaid invoices</source>
            <translation>Tagihan belum lunas</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="117" />
            <source>Overdue invoices</source>
            <translation>Tagihan jatuh tempo</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="118" />
            <source>Open work orders</source>
            <translation>Perintah kerja terbuka</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="119" />
            <source>Open leads</source>
            <translation>Calon pelanggan aktif</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="120" />
            <source>Low stock</source>
            <translation>Stok menipis</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="122" />
            <source>Payments today by method</source>
            <translation>Pembayaran hari ini per metode</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="123" />
            <source>Open leads by status</source>
            <translation>Calon pelanggan aktif per status</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="168" />
            <source>Today, %1</source>
            <translation>Hari ini, %1</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="190" />
            <source>The figures could not be loaded: %1</source>
            <translation>Angka tidak dapat dimuat: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ispdesk/ui/dashboard.py" line="204" />
            <source>%n payment(s)</source>
            <translation>
                <numerusform>%n pembayaran</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="209" />
            <source>%1 received</source>
            <translation>%1 diterima</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ispdesk/ui/dashboard.py" line="211" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n tagihan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ispdesk/ui/dashboard.py" line="213" />
            <source>%n invoice(s) past the due date</source>
            <translation>
                <numerusform>%n tagihan lewat jatuh tempo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ispdesk/ui/dashboard.py" line="221" />
            <source>%n item(s) at or below the minimum</source>
            <translation>
                <numerusform>%n barang pada atau di bawah batas minimum</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="226" />
            <source>No payments yet today.</source>
            <translation>Belum ada pembayaran hari ini.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/dashboard.py" line="230" />
            <source>No open leads.</source>
            <translation>Tidak ada calon pelanggan aktif.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="61" />
            <source>SQLite file %1</source>
            <extracomment>Extra navigation entries shown right after a module the user may view.</extracomment>
            <translation>Berkas SQLite %1</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="122" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="123" />
            <source>&amp;Log out</source>
            <translation>&amp;Keluar akun</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="126" />
            <source>&amp;Quit</source>
            <translation>&amp;Tutup program</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="131" />
            <source>&amp;Counter</source>
            <translation>&amp;Loket</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="132" />
            <source>Take &amp;payment</source>
            <translation>Terima &amp;pembayaran</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="135" />
            <source>Take payment (F2)</source>
            <translation>Terima pembayaran (F2)</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="137" />
            <location filename="../../ispdesk/ui/main_window.py" line="138" />
            <source>Coming with the cashier module</source>
            <translation>Hadir bersama modul kasir</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="141" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="145" />
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="146" />
            <source>Refresh (F5)</source>
            <translation>Muat ulang (F5)</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="148" />
            <source>&amp;Find</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="150" />
            <source>&amp;Close tab</source>
            <translation>T&amp;utup tab</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="153" />
            <source>Go to the &amp;navigation</source>
            <translation>Ke &amp;navigasi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="164" />
            <source>Counter</source>
            <translation>Loket</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="184" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="194" />
            <source>Working with the database…</source>
            <translation>Sedang bekerja dengan basis data…</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/main_window.py" line="215" />
            <source>%1 cannot be opened: %2</source>
            <translation>%1 tidak dapat dibuka: %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="45" />
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="46" />
            <source>Company name</source>
            <translation>Nama perusahaan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="47" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="48" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="49" />
            <source>NPWP (tax number)</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="50" />
            <source>Bank accounts</source>
            <translation>Rekening bank</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="52" />
            <source>Tax</source>
            <translation>Pajak</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="53" />
            <source>Registered for VAT (PKP)</source>
            <translation>Pengusaha Kena Pajak (PKP)</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="54" />
            <source>VAT rate (%)</source>
            <translation>Tarif PPN (%)</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="55" />
            <source>Tax base numerator</source>
            <translation>Pembilang DPP</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="56" />
            <source>Tax base denominator</source>
            <translation>Penyebut DPP</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="58" />
            <source>Package prices include VAT</source>
            <translation>Harga paket sudah termasuk PPN</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="60" />
            <source>Billing</source>
            <translation>Penagihan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="61" />
            <source>Days until due</source>
            <translation>Hari sampai jatuh tempo</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="62" />
            <source>Late fee</source>
            <translation>Denda keterlambatan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="63" />
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="64" />
            <source>Fixed amount</source>
            <translation>Jumlah tetap</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="65" />
            <source>Percent of the invoice</source>
            <translation>Persen dari tagihan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="66" />
            <source>Late fee amount or percent</source>
            <translation>Jumlah atau persen denda</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="68" />
            <source>Suspend after days overdue</source>
            <translation>Isolir setelah hari terlambat</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="71" />
            <source>Payments and referrals</source>
            <translation>Pembayaran dan referensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="72" />
            <source>Static QRIS payload</source>
            <translation>Payload QRIS statis</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="73" />
            <source>Referral reward</source>
            <translation>Hadiah referensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="74" />
            <source>Account credit</source>
            <translation>Saldo kredit</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="75" />
            <source>Discount on the next invoice</source>
            <translation>Potongan pada tagihan berikutnya</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="76" />
            <source>Referral reward amount</source>
            <translation>Jumlah hadiah referensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="78" />
            <source>Contract</source>
            <translation>Kontrak</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="79" />
            <source>Terms printed on contracts</source>
            <translation>Ketentuan yang dicetak pada kontrak</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="164" />
            <source>Office settings are shared by every counter.</source>
            <translation>Pengaturan kantor berlaku untuk semua loket.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="166" />
            <source>Office settings are shared by every counter. Your role may look at them but not change them.</source>
            <translation>Pengaturan kantor berlaku untuk semua loket. Peran Anda boleh melihat tetapi tidak mengubahnya.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="186" />
            <source>This workstation</source>
            <translation>Komputer ini</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="196" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="199" />
            <source>A new language applies the next time ISPDesk starts.</source>
            <translation>Bahasa baru berlaku saat ISPDesk dibuka kembali.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="208" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="250" />
            <location filename="../../ispdesk/ui/settings_screen.py" line="256" />
            <source>The language is saved; it applies the next time ISPDesk starts.</source>
            <translation>Bahasa disimpan; berlaku saat ISPDesk dibuka kembali.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="251" />
            <location filename="../../ispdesk/ui/settings_screen.py" line="257" />
            <source>Nothing to save.</source>
            <translation>Tidak ada yang perlu disimpan.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="272" />
            <source>Settings saved.</source>
            <translation>Pengaturan disimpan.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="274" />
            <source>The new language applies the next time ISPDesk starts.</source>
            <translation>Bahasa baru berlaku saat ISPDesk dibuka kembali.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/settings_screen.py" line="283" />
            <source>Check the fields marked in red.</source>
            <translation>Periksa isian yang ditandai merah.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ispdesk/app.py" line="59" />
            <source>The database address is not valid: %1</source>
            <translation>Alamat basis data tidak sah: %1</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="69" />
            <source>The database server at %1 cannot be reached. Check that it is running and that this computer is on the network.</source>
            <translation>Server basis data di %1 tidak dapat dihubungi. Pastikan server menyala dan komputer ini terhubung ke jaringan.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="72" />
            <source>The database server at %1 refused the user name or password.</source>
            <translation>Server basis data di %1 menolak nama pengguna atau kata sandi.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="74" />
            <source>The database server at %1 has no database of that name.</source>
            <translation>Server basis data di %1 tidak memiliki basis data dengan nama itu.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="76" />
            <source>The database file %1 cannot be opened. Check that its folder exists and may be written to.</source>
            <translation>Berkas basis data %1 tidak dapat dibuka. Pastikan foldernya ada dan boleh ditulisi.</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="84" />
            <source>The database cannot be used: %1</source>
            <translation>Basis data tidak dapat digunakan: %1</translation>
        </message>
        <message>
            <location filename="../../ispdesk/app.py" line="215" />
            <source>ISPDesk will close now. Start it again once this is fixed.</source>
            <translation>ISPDesk akan ditutup. Buka kembali setelah masalah ini diperbaiki.</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="19" />
            <source>Front office</source>
            <translation>Layanan depan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="20" />
            <source>Billing</source>
            <translation>Penagihan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="21" />
            <source>Sales</source>
            <translation>Penjualan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="22" />
            <source>Warehouse</source>
            <translation>Gudang</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="23" />
            <source>Network</source>
            <translation>Jaringan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="24" />
            <source>Field</source>
            <translation>Lapangan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="25" />
            <source>People</source>
            <translation>SDM</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="26" />
            <source>Communication</source>
            <translation>Komunikasi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="27" />
            <source>Administration</source>
            <translation>Administrasi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="31" />
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="32" />
            <source>Customers</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="33" />
            <source>Payments</source>
            <translation>Pembayaran</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="34" />
            <source>Invoices</source>
            <translation>Tagihan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="35" />
            <source>Cash shifts</source>
            <translation>Shift kas</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="36" />
            <source>Packages</source>
            <translation>Paket</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="37" />
            <source>Subscriptions</source>
            <translation>Langganan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="38" />
            <source>Promotions</source>
            <translation>Promo</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="39" />
            <source>Proforma invoices</source>
            <translation>Tagihan proforma</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="40" />
            <source>Credit notes</source>
            <translation>Nota kredit</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="41" />
            <source>Billing runs</source>
            <translation>Proses penagihan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="42" />
            <source>Leads</source>
            <translation>Calon pelanggan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="43" />
            <source>Contracts</source>
            <translation>Kontrak</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="44" />
            <source>Referrals</source>
            <translation>Referensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="45" />
            <source>Referral rewards</source>
            <translation>Hadiah referensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="46" />
            <source>Campaigns</source>
            <translation>Kampanye</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="47" />
            <source>Inventory</source>
            <translation>Stok barang</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="48" />
            <source>Stock movements</source>
            <translation>Mutasi stok</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="49" />
            <source>Suppliers</source>
            <translation>Pemasok</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="50" />
            <source>Purchase orders</source>
            <translation>Pesanan pembelian</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="51" />
            <source>Assets</source>
            <translation>Aset</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="52" />
            <source>Network devices</source>
            <translation>Perangkat jaringan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="53" />
            <source>IP pools</source>
            <translation>Pool IP</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="54" />
            <source>IP addresses</source>
            <translation>Alamat IP</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="55" />
            <source>Bandwidth profiles</source>
            <translation>Profil bandwidth</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="56" />
            <source>Work orders</source>
            <translation>Perintah kerja</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="57" />
            <source>Installation reports</source>
            <translation>Laporan instalasi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="58" />
            <source>SLA policies</source>
            <translation>Kebijakan SLA</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="59" />
            <source>Technician locations</source>
            <translation>Lokasi teknisi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="60" />
            <source>Attendance</source>
            <translation>Absensi</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="61" />
            <source>Leaves</source>
            <translation>Cuti</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="62" />
            <source>Leave types</source>
            <translation>Jenis cuti</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="63" />
            <source>Payroll</source>
            <translation>Penggajian</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="64" />
            <source>Customer messages</source>
            <translation>Pesan pelanggan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="65" />
            <source>Knowledge base</source>
            <translation>Basis pengetahuan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="66" />
            <source>Knowledge base categories</source>
            <translation>Kategori basis pengetahuan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="67" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="68" />
            <source>Roles</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="69" />
            <source>Audit log</source>
            <translation>Log audit</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="70" />
            <source>API keys</source>
            <translation>Kunci API</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="71" />
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="72" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location filename="../../ispdesk/ui/navigation.py" line="73" />
            <source>Permissions</source>
            <translation>Hak akses</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
    </context>
</TS>
