<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/action_dialog.py" line="29"/>
        <source>Line {0}: {1}</source>
        <translation>Baris {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/action_dialog.py" line="55"/>
        <source>Close (Esc)</source>
        <extracomment>The module the audit log files this dialog&apos;s writes under (&quot;inventory&quot;, &quot;purchase_orders&quot;…).</extracomment>
        <translation>Tutup (Esc)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="142"/>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="154"/>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="145"/>
        <source>lower case, e.g. kasir2</source>
        <translation>huruf kecil, misalnya kasir2</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="148"/>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="149"/>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="150"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="151"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="152"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="168"/>
        <source>Choose a user name.</source>
        <translation>Pilih nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="170"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Isi nama orangnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="172"/>
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="32"/>
        <source>Stock movement</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="32"/>
        <source>Post (Enter)</source>
        <translation>Bukukan (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="36"/>
        <source>Loading the item…</source>
        <translation>Memuat barang…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="48"/>
        <source>Reason (required for an adjustment)</source>
        <translation>Alasan (wajib untuk penyesuaian)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="59"/>
        <source>ONT / router serial numbers, one a line (scan them)</source>
        <translation>Nomor seri ONT / router, satu per baris (pindai)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="63"/>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="64"/>
        <source>&amp;Quantity:</source>
        <translation>J&amp;umlah:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="66"/>
        <source>&amp;Reason / notes:</source>
        <translation>&amp;Alasan / catatan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="68"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferensi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="72"/>
        <source>&amp;Serial numbers:</source>
        <translation>Nomor &amp;seri:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="86"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}: {2} {3} in stock (minimum {4})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}: stok {2} {3} (minimum {4})</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/adjustment_dialog.py" line="120"/>
        <source>Choose the {0}, or no reference.</source>
        <translation>Pilih {0}, atau tanpa referensi.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/approval_dialog.py" line="26"/>
        <source>Approve purchase order</source>
        <translation>Setujui pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/approval_dialog.py" line="26"/>
        <source>&amp;Approve (Enter)</source>
        <translation>&amp;Setujui (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/approval_dialog.py" line="30"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/approval_dialog.py" line="48"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; to {1}: &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br/&gt;{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ke {1}: &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br/&gt;{4}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/approval_dialog.py" line="52"/>
        <source>Only a submitted order can be approved; this one is {0}.</source>
        <translation>Hanya pesanan yang sudah diajukan yang bisa disetujui; pesanan ini berstatus {0}.</translation>
    </message>
</context>
<context>
    <name>ApproveCreditNoteDialog</name>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="34"/>
        <source>Approve credit note</source>
        <translation>Setujui nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="42"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="46"/>
        <source>Credit note {0}: a supervisor approves it. The credit is applied at once: to what the invoice still owes, the rest to the customer&apos;s credit.</source>
        <translation>Nota kredit {0}: disetujui oleh supervisor. Kredit langsung diterapkan: ke sisa tagihan, sisanya ke saldo kredit pelanggan.</translation>
    </message>
</context>
<context>
    <name>AssetStatusDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="29"/>
        <source>Asset status and holder</source>
        <translation>Status dan pemegang aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="29"/>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Simpan (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="33"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="43"/>
        <source>Why (sent for repair, sold, stolen…)</source>
        <translation>Alasan (dikirim untuk diperbaiki, dijual, dicuri…)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="49"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="51"/>
        <source>&amp;Held by:</source>
        <translation>&amp;Dipegang oleh:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="55"/>
        <source>History:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="64"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} — book value today {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} — nilai buku hari ini {2}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="72"/>
        <source>No changes yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/asset_status_dialog.py" line="87"/>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>AssignAddressDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="112"/>
        <source>Assign an IP address</source>
        <translation>Berikan alamat IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="112"/>
        <source>Assign</source>
        <translation>Berikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="116"/>
        <source>Loading the pool…</source>
        <translation>Memuat pool…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="123"/>
        <source>Empty: the next free address</source>
        <translation>Kosong: alamat bebas berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="127"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="129"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="141"/>
        <source>Warning: the pool is more than 90 % used; add addresses soon.</source>
        <translation>Peringatan: pool sudah terpakai lebih dari 90 %; segera tambah alamat.</translation>
    </message>
</context>
<context>
    <name>AuditDiffDialog</name>
    <message>
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="88"/>
        <source>Audit entry</source>
        <translation>Catatan audit</translation>
    </message>
</context>
<context>
    <name>AuditDiffView</name>
    <message>
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="43"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="43"/>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="43"/>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/admin/audit_diff.py" line="79"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n kolom berubah</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashierDocuments</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="826"/>
        <source>Receipt {0}</source>
        <extracomment>(context, text) of the UI helpers and of Qt&apos;s standard buttons.</extracomment>
        <translation>Kuitansi {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="827"/>
        <source>Z-report {0}</source>
        <translation>Laporan Z {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="828"/>
        <source>Daily report {0}</source>
        <translation>Laporan harian {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="829"/>
        <source>The receipt printer did not answer ({0}); print from here.</source>
        <translation>Printer kuitansi tidak menjawab ({0}); cetak dari sini.</translation>
    </message>
</context>
<context>
    <name>CellListDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="363"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="389"/>
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n perintah kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePackageDialog</name>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="192"/>
        <source>Change package</source>
        <translation>Ganti paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="200"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="203"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="205"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="206"/>
        <source>Current package</source>
        <translation>Paket sekarang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="207"/>
        <source>From the next period</source>
        <translation>Mulai periode berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="232"/>
        <source>The change applies to the invoice of the period starting {0}.</source>
        <translation>Perubahan berlaku untuk tagihan periode yang mulai {0}.</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="154"/>
        <source>Close shift {0}</source>
        <translation>Tutup shift {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="162"/>
        <source>Shift {0} of {1}, opened {2}. Count the drawer note by note and coin by coin; the expected amount is shown after the shift is closed.</source>
        <translation>Shift {0} milik {1}, dibuka {2}. Hitung isi laci lembar demi lembar dan keping demi keping; jumlah seharusnya ditampilkan setelah shift ditutup.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="167"/>
        <source>&lt;b&gt;Denomination&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pecahan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="168"/>
        <source>&lt;b&gt;Count&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jumlah&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="169"/>
        <source>&lt;b&gt;Amount&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nilai&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="189"/>
        <source>Notes (optional)</source>
        <translation>Catatan (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="192"/>
        <source>Counted:</source>
        <translation>Dihitung:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="195"/>
        <source>Close shift (Enter)</source>
        <translation>Tutup shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="199"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="218"/>
        <source>&amp;Z-report…</source>
        <translation>Laporan &amp;Z…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="222"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="298"/>
        <source>The Z-report cannot be made: {0}</source>
        <translation>Laporan Z tidak bisa dibuat: {0}</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="45"/>
        <source>Convert lead</source>
        <translation>Konversi prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="65"/>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="67"/>
        <source>Renew automatically at the end</source>
        <translation>Perpanjang otomatis saat berakhir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="72"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="127"/>
        <source>Customer and contract</source>
        <translation>Pelanggan dan kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="129"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="129"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="130"/>
        <source>Monthly fee</source>
        <translation>Biaya bulanan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="131"/>
        <source>Installation fee</source>
        <translation>Biaya instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="132"/>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="132"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="133"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="134"/>
        <source>Promotion code</source>
        <translation>Kode promo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="135"/>
        <source>Terms</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="136"/>
        <source>Installation</source>
        <translation>Instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="144"/>
        <source>Scheduled</source>
        <translation>Dijadwalkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="144"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="145"/>
        <source>Technician</source>
        <translation>Teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="145"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="147"/>
        <source>Convert</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="180"/>
        <source>Referred with code {0}</source>
        <translation>Direferensikan dengan kode {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="188"/>
        <source>(not yet known)</source>
        <translation>(belum diketahui)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="218"/>
        <source>The promotion does not apply.</source>
        <translation>Promo tidak berlaku.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="222"/>
        <source>{0} off: {1} a month</source>
        <translation>potongan {0}: {1} per bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="225"/>
        <source>{0} free months</source>
        <translation>gratis {0} bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="227"/>
        <source>cashback {0}</source>
        <translation>cashback {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="268"/>
        <source>Customer {0}</source>
        <translation>Pelanggan {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="269"/>
        <source>Contract {0} (draft, to be signed)</source>
        <translation>Kontrak {0} (draf, belum ditandatangani)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="270"/>
        <source>Subscription starts when the installation is completed</source>
        <translation>Langganan mulai saat instalasi selesai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="271"/>
        <source>Installation work order {0}</source>
        <translation>Perintah kerja instalasi {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="273"/>
        <source>Proforma {0} for the installation fee and deposit</source>
        <translation>Proforma {0} untuk biaya instalasi dan deposit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="275"/>
        <source>Referral recorded</source>
        <translation>Referral dicatat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="277"/>
        <source>Promotion {0} applied</source>
        <translation>Promo {0} diterapkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="278"/>
        <source>Lead {0} converted:</source>
        <translation>Prospek {0} dikonversi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/conversion_dialog.py" line="282"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="830"/>
        <source>Close shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="831"/>
        <source>You have no open shift.</source>
        <translation>Anda tidak punya shift yang terbuka.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="26"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="27"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="28"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="29"/>
        <source>Midtrans</source>
        <translation>Midtrans</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="30"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="31"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="32"/>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="33"/>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="34"/>
        <source>Proposal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="35"/>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="36"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="37"/>
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="38"/>
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="114"/>
        <source>Payments today</source>
        <translation>Pembayaran hari ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="115"/>
        <source>Receipts today</source>
        <translation>Kuitansi hari ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="116"/>
        <source>Unpaid invoices</source>
        <translation>Tagihan belum lunas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="117"/>
        <source>Overdue invoices</source>
        <translation>Tagihan jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="118"/>
        <source>Open work orders</source>
        <translation>Perintah kerja terbuka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="119"/>
        <source>Open leads</source>
        <translation>Calon pelanggan aktif</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="120"/>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="122"/>
        <source>Payments today by method</source>
        <translation>Pembayaran hari ini per metode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="123"/>
        <source>Open leads by status</source>
        <translation>Calon pelanggan aktif per status</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="168"/>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="190"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Angka tidak dapat dimuat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="204"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pembayaran</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="209"/>
        <source>%1 received</source>
        <translation>%1 diterima</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="211"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n tagihan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="213"/>
        <source>%n invoice(s) past the due date</source>
        <translation>
            <numerusform>%n tagihan lewat jatuh tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/dashboard.py" line="221"/>
        <source>%n item(s) at or below the minimum</source>
        <translation>
            <numerusform>%n barang pada atau di bawah batas minimum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="226"/>
        <source>No payments yet today.</source>
        <translation>Belum ada pembayaran hari ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/dashboard.py" line="230"/>
        <source>No open leads.</source>
        <translation>Tidak ada calon pelanggan aktif.</translation>
    </message>
</context>
<context>
    <name>DecimalEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="194"/>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="196"/>
        <source>Not a number</source>
        <translation>Bukan angka</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="167"/>
        <source>Dispatch board</source>
        <extracomment>Keys that move the selected card: (day step, technician row step).</extracomment>
        <translation>Papan penugasan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="185"/>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="187"/>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="209"/>
        <source>Drag a card to another day or technician, or select it and press Ctrl+arrow keys. Red background: past its SLA; red text: urgent. “+N more” lists a full cell.</source>
        <translation>Seret kartu ke hari atau teknisi lain, atau pilih lalu tekan Ctrl+panah. Latar merah: lewat SLA; teks merah: mendesak. “+N lagi” menampilkan isi sel seluruhnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="228"/>
        <source>◀ Previous week</source>
        <translation>◀ Minggu lalu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="228"/>
        <source>◀ Previous day</source>
        <translation>◀ Hari sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="229"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="229"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="230"/>
        <source>Next week ▶</source>
        <translation>Minggu depan ▶</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="230"/>
        <source>Next day ▶</source>
        <translation>Hari berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/dispatch_board.py" line="319"/>
        <source>Not assigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="832"/>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="833"/>
        <source>Show all the work orders of this cell</source>
        <translation>Tampilkan semua perintah kerja di sel ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="834"/>
        <source>+{0} more…</source>
        <translation>+{0} lagi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="835"/>
        <source>Overdue ({0} time passed)</source>
        <translation>Terlambat (batas waktu {0} terlewati)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="836"/>
        <source>{0} moved.</source>
        <translation>{0} dipindahkan.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="106"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="108"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="110"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="142"/>
        <source>The document cannot be shown: {0}</source>
        <translation>Dokumen tidak bisa ditampilkan: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="165"/>
        <source>Printing failed: {0}</source>
        <translation>Gagal mencetak: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="167"/>
        <source>Sent to the printer.</source>
        <translation>Dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="174"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="175"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="183"/>
        <source>The file cannot be written: {0}</source>
        <translation>Berkas tidak bisa ditulis: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/print_preview.py" line="185"/>
        <source>Saved to {0}</source>
        <translation>Disimpan ke {0}</translation>
    </message>
</context>
<context>
    <name>EndingSoonDialog</name>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="40"/>
        <source>Contracts ending soon</source>
        <translation>Kontrak yang segera berakhir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="42"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="47"/>
        <source>Contract no.</source>
        <translation>No. kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="47"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="47"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="47"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="47"/>
        <source>End</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="48"/>
        <source>Days left</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="48"/>
        <source>Auto renew</source>
        <translation>Perpanjang otomatis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="58"/>
        <source>&amp;Show in tab</source>
        <translation>&amp;Tampilkan di tab</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="64"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="88"/>
        <source>Active contracts ending by {0}: {1}.</source>
        <translation>Kontrak aktif yang berakhir sampai {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="91"/>
        <source>Past their end date without renewal (red): {0}.</source>
        <translation>Lewat tanggal berakhir tanpa perpanjangan (merah): {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="96"/>
        <source>ended yesterday</source>
        <translation>berakhir kemarin</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="98"/>
        <source>ended {0} days ago</source>
        <translation>berakhir {0} hari lalu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="100"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="104"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/contract_ending.py" line="104"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>EnterPositionDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="291"/>
        <source>Enter a technician&apos;s position</source>
        <translation>Masukkan posisi teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="291"/>
        <source>Save position</source>
        <translation>Simpan posisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="299"/>
        <source>metres, optional</source>
        <translation>meter, boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="305"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Teknisi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="306"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lintang:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="307"/>
        <source>L&amp;ongitude:</source>
        <translation>B&amp;ujur:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="308"/>
        <source>&amp;Accuracy (m):</source>
        <translation>&amp;Akurasi (m):</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="309"/>
        <source>&amp;Seen at:</source>
        <translation>&amp;Terlihat pada:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="334"/>
        <source>Choose the technician.</source>
        <translation>Pilih teknisinya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="339"/>
        <source>Type the latitude in degrees, e.g. -8.6705.</source>
        <translation>Ketik lintang dalam derajat, mis. -8,6705.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="340"/>
        <source>Type the longitude in degrees, e.g. 115.2126.</source>
        <translation>Ketik bujur dalam derajat, mis. 115,2126.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="341"/>
        <source>Type the accuracy in metres, e.g. 15.</source>
        <translation>Ketik akurasi dalam meter, mis. 15.</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="52"/>
        <source>Installation report</source>
        <extracomment>Work orders that take no report any more: the dialog shows no form for them.</extracomment>
        <translation>Laporan pemasangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="837"/>
        <source>Note (optional):</source>
        <translation>Catatan (boleh kosong):</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="838"/>
        <source>{0} released: it is free again.</source>
        <translation>{0} dilepas: kini bebas lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="839"/>
        <source>Reserved for what?</source>
        <translation>Dicadangkan untuk apa?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="840"/>
        <source>{0} reserved.</source>
        <translation>{0} dicadangkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="841"/>
        <source>Why is it blocked?</source>
        <translation>Mengapa diblokir?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="842"/>
        <source>{0} blocked.</source>
        <translation>{0} diblokir.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="843"/>
        <source>{0} cancelled.</source>
        <translation>{0} dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="844"/>
        <source>{0} assigned.</source>
        <translation>{0} ditugaskan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="845"/>
        <source>{0} started.</source>
        <translation>{0} mulai dikerjakan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="846"/>
        <source>{0} completed.</source>
        <translation>{0} selesai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="847"/>
        <source>Assign work order</source>
        <translation>Tugaskan perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="848"/>
        <source>Technician:</source>
        <translation>Teknisi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="849"/>
        <source>Cancel work order</source>
        <translation>Batalkan perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="850"/>
        <source>Why is the work order cancelled?</source>
        <translation>Mengapa perintah kerja dibatalkan?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="851"/>
        <source>Work order sheet</source>
        <translation>Lembar perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="852"/>
        <source>There is no active technician.</source>
        <translation>Tidak ada teknisi yang aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="853"/>
        <source>{0} completed; port taken ({1} used); first bill on {2}.</source>
        <translation>{0} selesai; port terpakai ({1} dipakai); tagihan pertama pada {2}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="854"/>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="855"/>
        <source>IP address {0}.</source>
        <translation>Alamat IP {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="856"/>
        <source>{0} assigned to {1}.</source>
        <translation>{0} ditugaskan ke {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="857"/>
        <source>Pool created. {0}</source>
        <translation>Pool dibuat. {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="858"/>
        <source>More than 90 % used! {0}</source>
        <translation>Terpakai lebih dari 90 %! {0}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="74"/>
        <source>Must be at least {0}</source>
        <translation>Minimal {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="76"/>
        <source>Must be at most {0}</source>
        <translation>Maksimal {0}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="234"/>
        <source>Welcome! Create the administrator who will set up the office.</source>
        <translation>Selamat datang! Buat administrator yang akan menyiapkan kantor.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="237"/>
        <source>First administrator - {program}</source>
        <translation>Administrator pertama - {program}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="240"/>
        <source>lower case, e.g. admin</source>
        <translation>huruf kecil, misalnya admin</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="246"/>
        <source>at least {n} characters</source>
        <translation>minimal {n} karakter</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="248"/>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="249"/>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="250"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="251"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="256"/>
        <source>Create administrator</source>
        <translation>Buat administrator</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="285"/>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Isi nama administrator.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="287"/>
        <source>Choose a user name.</source>
        <translation>Pilih nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="292"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="296"/>
        <source>Creating the administrator…</source>
        <translation>Membuat administrator…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="324"/>
        <source>Cannot create the administrator: {error}</source>
        <translation>Administrator tidak bisa dibuat: {error}</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="449"/>
        <source>Type to search…</source>
        <translation>Ketik untuk mencari…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="461"/>
        <source>Show the list</source>
        <translation>Tampilkan daftar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="483"/>
        <source>Pick one from the list</source>
        <translation>Pilih salah satu dari daftar</translation>
    </message>
</context>
<context>
    <name>InstallationDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="63"/>
        <source>Installation report</source>
        <translation>Laporan instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="63"/>
        <source>Save report (Ctrl+Enter)</source>
        <translation>Simpan laporan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="66"/>
        <source>Print installation report</source>
        <translation>Cetak laporan pemasangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="75"/>
        <source>Loading the work order…</source>
        <translation>Memuat perintah kerja…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="81"/>
        <source>Scan or choose the ONT serial</source>
        <translation>Pindai atau pilih serial ONT</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="98"/>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="101"/>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="109"/>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="111"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="114"/>
        <source>Clear signature</source>
        <translation>Hapus tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="122"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="125"/>
        <source>Down:</source>
        <translation>Unduh:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="127"/>
        <source>Up:</source>
        <translation>Unggah:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="143"/>
        <source>&amp;ONT serial:</source>
        <translation>Serial &amp;ONT:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="145"/>
        <source>ON&amp;U id:</source>
        <translation>ID ON&amp;U:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="146"/>
        <source>ODP:</source>
        <translation>ODP:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="152"/>
        <source>Speed test:</source>
        <translation>Tes kecepatan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="155"/>
        <source>Photos:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="157"/>
        <source>Customer signature:</source>
        <translation>Tanda tangan pelanggan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="149"/>
        <source>&amp;Signal (dBm):</source>
        <translation>&amp;Sinyal (dBm):</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="158"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="170"/>
        <source> · a public IP address will be assigned</source>
        <translation> · alamat IP publik akan diberikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="180"/>
        <source>The warehouse has issued no ONT to this work order yet.</source>
        <translation>Gudang belum mengeluarkan ONT untuk perintah kerja ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="183"/>
        <source>{0} — {1} of {2} ports free</source>
        <translation>{0} — {1} dari {2} port bebas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="186"/>
        <source>No active ODP has a free port.</source>
        <translation>Tidak ada ODP aktif yang punya port bebas.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="194"/>
        <source>{0} is completed: it already has its installation report. Print it, or close.</source>
        <translation>{0} sudah selesai: laporan pemasangannya sudah ada. Cetak, atau tutup.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="195"/>
        <source>{0} was cancelled: it takes no installation report.</source>
        <translation>{0} dibatalkan: tidak perlu laporan pemasangan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="220"/>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="264"/>
        <source>The signal level</source>
        <translation>Level sinyal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="250"/>
        <source>Photos of the installation</source>
        <translation>Foto instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="251"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="265"/>
        <source>The download speed</source>
        <translation>Kecepatan unduh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/installation_dialog.py" line="266"/>
        <source>The upload speed</source>
        <translation>Kecepatan unggah</translation>
    </message>
</context>
<context>
    <name>IntegerEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="179"/>
        <source>Not a whole number</source>
        <translation>Bukan bilangan bulat</translation>
    </message>
</context>
<context>
    <name>IpPools</name>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="24"/>
        <source>{0}: {1} of {2} in use ({3} %) — {4} assigned, {5} reserved, {6} blocked, {7} free</source>
        <translation>{0}: {1} dari {2} terpakai ({3} %) — {4} dipakai, {5} dicadangkan, {6} diblokir, {7} bebas</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="415"/>
        <source>Not valid JSON (line {0}: {1})</source>
        <translation>JSON tidak valid (baris {0}: {1})</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="40"/>
        <source>New lead</source>
        <translation>Prospek baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="40"/>
        <source>Edit lead</source>
        <translation>Ubah prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="106"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="107"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="109"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="110"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="119"/>
        <source>Latitude, longitude</source>
        <translation>Lintang, bujur</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="123"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="124"/>
        <source>Interested in</source>
        <translation>Berminat pada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="125"/>
        <source>Sales user</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="126"/>
        <source>Referral code</source>
        <translation>Kode referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="127"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="150"/>
        <source>(me)</source>
        <translation>(saya)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="184"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="220"/>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="220"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="223"/>
        <source>Same phone or e-mail as:</source>
        <translation>Telepon atau e-mail sama dengan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="224"/>
        <source>Press Save again to save this lead anyway.</source>
        <translation>Tekan Simpan lagi untuk tetap menyimpan prospek ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/lead_form.py" line="227"/>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="155"/>
        <source>Front office</source>
        <translation>Front office</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="159"/>
        <source>Log in - {program}</source>
        <translation>Login - {program}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="162"/>
        <source>e.g. kasir1</source>
        <translation>misalnya kasir1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="163"/>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="167"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="169"/>
        <source>Log in</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="191"/>
        <source>Enter your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="194"/>
        <source>Enter your password.</source>
        <translation>Isi kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="196"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="218"/>
        <source>The database cannot be reached. Check the network and try again.</source>
        <translation>Database tidak bisa dihubungi. Periksa jaringan lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="222"/>
        <source>Cannot log in: {error}</source>
        <translation>Tidak bisa login: {error}</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="134"/>
        <source>At most {0} characters</source>
        <translation>Paling banyak {0} karakter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="66"/>
        <source>SQLite file %1</source>
        <extracomment>Extra navigation entries shown right after a module the user may view. Modules with a screen of their own (&quot;package.module:Class&quot;, built with the AppContext); every other module is a generic TableTab over its spec. Add one line per custom screen.</extracomment>
        <translation>Berkas SQLite %1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="128"/>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup program</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="136"/>
        <source>&amp;Counter</source>
        <translation>&amp;Loket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="137"/>
        <source>Take &amp;payment</source>
        <translation>Terima &amp;pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="140"/>
        <source>Take payment (F2)</source>
        <translation>Terima pembayaran (F2)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="143"/>
        <source>&amp;Open shift…</source>
        <translation>&amp;Buka shift…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="147"/>
        <source>&amp;Close shift…</source>
        <translation>&amp;Tutup shift…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="158"/>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="160"/>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="162"/>
        <source>&amp;Close tab</source>
        <translation>T&amp;utup tab</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="165"/>
        <source>Go to the &amp;navigation</source>
        <translation>Ke &amp;navigasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="176"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="196"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="206"/>
        <source>Working with the database…</source>
        <translation>Sedang bekerja dengan basis data…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/main_window.py" line="227"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/message_bar.py" line="38"/>
        <source>Dismiss</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/message_bar.py" line="86"/>
        <source>Something went wrong: {error}</source>
        <translation>Terjadi kesalahan: {error}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="423"/>
        <source>There is no asset with id {0}.</source>
        <translation>Tidak ada aset dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="424"/>
        <source>Choose active, maintenance, disposed or lost.</source>
        <translation>Pilih aktif, perawatan, dihapuskan, atau hilang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="425"/>
        <source>Say why the status changes.</source>
        <translation>Tulis alasan perubahan status.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="426"/>
        <source>{0} is {1}; it cannot become {2}.</source>
        <translation>{0} berstatus {1}; tidak bisa menjadi {2}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="427"/>
        <source>Choose a user.</source>
        <translation>Pilih pengguna.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="428"/>
        <source>{0} is {1}; it cannot be assigned.</source>
        <translation>{0} berstatus {1}; tidak bisa diserahkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="436"/>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="437"/>
        <source>There is no user with id {0}.</source>
        <translation>Tidak ada pengguna dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="438"/>
        <source>There is no module {0}.</source>
        <translation>Tidak ada modul {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="439"/>
        <source>There is no action {0}.</source>
        <translation>Tidak ada tindakan {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="440"/>
        <source>There is no role {0}.</source>
        <translation>Tidak ada peran {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="441"/>
        <source>The admin role always keeps {0} on {1}: otherwise nobody could manage users and roles any more.</source>
        <translation>Peran admin selalu memiliki hak {0} pada {1}: jika tidak, tidak ada lagi yang bisa mengelola pengguna dan peran.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="454"/>
        <source>Choose the date to bill up to.</source>
        <translation>Pilih tanggal batas penagihan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="455"/>
        <source>The billing settings are not valid: {0}</source>
        <translation>Pengaturan penagihan tidak valid: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="456"/>
        <source>A cash shift belongs to a logged-in cashier.</source>
        <translation>Shift kas hanya untuk kasir yang sedang login.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="457"/>
        <source>The opening float cannot be negative.</source>
        <translation>Modal awal laci tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="458"/>
        <source>You already have an open shift, {0}: close it first.</source>
        <translation>Anda masih punya shift terbuka, {0}: tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="459"/>
        <source>Rp {0} is not a note or coin that is counted.</source>
        <translation>Rp {0} bukan pecahan uang kertas atau koin yang dihitung.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="460"/>
        <source>The count of Rp {0} must be a whole number, 0 or more.</source>
        <translation>Jumlah lembar/keping Rp {0} harus bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="461"/>
        <source>There is no cash shift with id {0}.</source>
        <translation>Tidak ada shift kas dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="462"/>
        <source>Only a supervisor may close another cashier&apos;s shift.</source>
        <translation>Hanya supervisor yang boleh menutup shift kasir lain.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="463"/>
        <source>Shift {0} is already closed.</source>
        <translation>Shift {0} sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="464"/>
        <source>Shift {0} is still open: count the drawer and close it to see its report.</source>
        <translation>Shift {0} masih terbuka: hitung isi laci dan tutup shift untuk melihat laporannya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="465"/>
        <source>The daily report is for supervisors.</source>
        <translation>Laporan harian hanya untuk supervisor.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="466"/>
        <source>Not a valid amount: {0}.</source>
        <translation>Jumlah tidak valid: {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="485"/>
        <source>Invoice {0} is cancelled: there is nothing to credit.</source>
        <translation>Tagihan {0} sudah dibatalkan: tidak ada yang bisa dikreditkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="486"/>
        <source>Say why the customer is credited.</source>
        <translation>Tulis alasan pelanggan diberi kredit.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="487"/>
        <source>The credit must be more than zero.</source>
        <translation>Kredit harus lebih dari nol.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="488"/>
        <source>{0} may not approve credit notes: a supervisor must.</source>
        <translation>{0} tidak boleh menyetujui nota kredit: harus supervisor.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="489"/>
        <source>There is no credit note with id {0}.</source>
        <translation>Tidak ada nota kredit dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="490"/>
        <source>Credit note {0} is already {1}.</source>
        <translation>Nota kredit {0} sudah {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="491"/>
        <source>The credit note&apos;s customer is not the invoice&apos;s customer.</source>
        <translation>Pelanggan pada nota kredit bukan pelanggan pada tagihan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="492"/>
        <source>Credit note {0} is {1}; only a draft can be cancelled.</source>
        <translation>Nota kredit {0} berstatus {1}; hanya draf yang bisa dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="493"/>
        <source>At most {0} can still be credited on invoice {1}.</source>
        <translation>Paling banyak {0} yang masih bisa dikreditkan pada tagihan {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="494"/>
        <source>Not an amount: {0}</source>
        <translation>Bukan jumlah uang: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="495"/>
        <source>There is no customer with id {0}.</source>
        <translation>Tidak ada pelanggan dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="499"/>
        <source>The static QRIS in the settings is not usable: {0}</source>
        <translation>QRIS statis di pengaturan tidak bisa dipakai: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="511"/>
        <source>There is no invoice with id {0}.</source>
        <translation>Tidak ada tagihan dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="512"/>
        <source>A period is written YYYY-MM, e.g. 2026-11.</source>
        <translation>Periode ditulis YYYY-MM, misalnya 2026-11.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="513"/>
        <source>No invoices to print: the selection is empty.</source>
        <translation>Tidak ada tagihan untuk dicetak: pilihan kosong.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="556"/>
        <source>{0} ({1}) may not look up {2}</source>
        <translation>{0} ({1}) tidak boleh mencari {2}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="562"/>
        <source>The company name is required</source>
        <translation>Nama perusahaan wajib diisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="563"/>
        <source>Not a usable static QRIS: {0}</source>
        <translation>QRIS statis tidak bisa dipakai: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="564"/>
        <source>The number of days cannot be negative.</source>
        <translation>Jumlah hari tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="565"/>
        <source>The late fee setting is not valid.</source>
        <translation>Pengaturan denda keterlambatan tidak valid.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="566"/>
        <source>The late fee is not a number.</source>
        <translation>Denda keterlambatan bukan angka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="567"/>
        <source>Open a cash shift first: cash is taken only in an open shift.</source>
        <translation>Buka shift kas dulu: uang tunai hanya diterima dalam shift yang terbuka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="568"/>
        <source>Enter the reference number of a non-cash payment (transfer, QRIS, Midtrans…).</source>
        <translation>Isi nomor referensi pembayaran nontunai (transfer, QRIS, Midtrans…).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="569"/>
        <source>Unknown payment method {0}.</source>
        <translation>Metode pembayaran {0} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="570"/>
        <source>The reference is longer than 100 characters.</source>
        <translation>Referensi lebih dari 100 karakter.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="571"/>
        <source>A payment needs an idempotency key of 1 to 64 characters.</source>
        <translation>Pembayaran memerlukan kunci idempotensi 1 sampai 64 karakter.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="572"/>
        <source>Invoice {0} was paid at another counter a moment ago: the customer&apos;s invoices have been reloaded, check the amounts and confirm again.</source>
        <translation>Tagihan {0} baru saja dibayar di loket lain: tagihan pelanggan sudah dimuat ulang, periksa jumlahnya lalu konfirmasi lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="574"/>
        <source>A chosen invoice is not one of this customer&apos;s invoices.</source>
        <translation>Salah satu tagihan yang dipilih bukan milik pelanggan ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="573"/>
        <source>This payment was already posted for another customer: close the dialog and start again.</source>
        <translation>Pembayaran ini sudah dibukukan untuk pelanggan lain: tutup dialog lalu mulai lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="575"/>
        <source>{0} ({1}) may not {2} in {3}</source>
        <translation>{0} ({1}) tidak boleh {2} di {3}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="527"/>
        <source>The amount cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="576"/>
        <source>There is no such contract.</source>
        <translation>Kontrak tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="577"/>
        <source>Choose a customer.</source>
        <translation>Pilih pelanggan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="578"/>
        <source>Prepaid months is a whole number from 0 to {0}.</source>
        <translation>Bulan dibayar di muka berupa bilangan bulat dari 0 sampai {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="579"/>
        <source>Give the monthly price of the prepaid months.</source>
        <translation>Isi harga bulanan untuk bulan yang dibayar di muka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="580"/>
        <source>A proforma needs an installation fee, a deposit or prepaid months.</source>
        <translation>Proforma memerlukan biaya instalasi, deposit, atau bulan dibayar di muka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="581"/>
        <source>There is no proforma invoice with id {0}.</source>
        <translation>Tidak ada tagihan proforma dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="582"/>
        <source>Proforma {0} was cancelled; it cannot become an invoice.</source>
        <translation>Proforma {0} sudah dibatalkan; tidak bisa menjadi tagihan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="583"/>
        <source>This contract belongs to another customer.</source>
        <translation>Kontrak ini milik pelanggan lain.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="539"/>
        <source>The promotion does not apply.</source>
        <translation>Promo tidak berlaku.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="467"/>
        <source>The contract no longer exists.</source>
        <translation>Kontrak ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="500"/>
        <source>Assign the work order to the technician who installed it.</source>
        <translation>Tugaskan perintah kerja ke teknisi yang memasangnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="501"/>
        <source>Choose the ODP the drop cable is connected to.</source>
        <translation>Pilih ODP tempat kabel drop tersambung.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="502"/>
        <source>Choose the ODP port.</source>
        <translation>Pilih port ODP.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="504"/>
        <source>This work order has no installation report yet.</source>
        <translation>Perintah kerja ini belum punya laporan instalasi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="505"/>
        <source>{0} is a {1} work order, not an installation.</source>
        <translation>{0} adalah perintah kerja {1}, bukan instalasi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="507"/>
        <source>The customer has no subscription waiting for this installation.</source>
        <translation>Pelanggan tidak punya langganan yang menunggu instalasi ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="508"/>
        <source>The package needs a public IP address and no public pool has a free one.</source>
        <translation>Paket ini memerlukan IP publik dan tidak ada pool publik yang masih punya alamat bebas.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="509"/>
        <source>{0} is {1}: only an assigned or started installation takes a report.</source>
        <translation>{0} berstatus {1}: laporan hanya untuk instalasi yang sudah ditugaskan atau sedang dikerjakan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="510"/>
        <source>{0} has no customer.</source>
        <translation>{0} tidak punya pelanggan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="514"/>
        <source>Give the pool a name.</source>
        <translation>Beri nama pool.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="515"/>
        <source>Choose public, private or management.</source>
        <translation>Pilih publik, privat, atau manajemen.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="516"/>
        <source>There is no IP pool with id {0}.</source>
        <translation>Tidak ada pool IP dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="517"/>
        <source>Say which customer (or device) gets the address.</source>
        <translation>Tentukan pelanggan (atau perangkat) yang mendapat alamat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="518"/>
        <source>There is no network device with id {0}.</source>
        <translation>Tidak ada perangkat jaringan dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="519"/>
        <source>The pool {0} is archived.</source>
        <translation>Pool {0} sudah diarsipkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="520"/>
        <source>The pool {0} has no free address left.</source>
        <translation>Pool {0} tidak punya alamat bebas lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="521"/>
        <source>There is no IP address with id {0}.</source>
        <translation>Tidak ada alamat IP dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="522"/>
        <source>{0} is not an address of this pool.</source>
        <translation>{0} bukan alamat dari pool ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="523"/>
        <source>{0} is {1}, not available.</source>
        <translation>{0} berstatus {1}, tidak tersedia.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="524"/>
        <source>{0} is {1}: it cannot become {2}.</source>
        <translation>{0} berstatus {1}: tidak bisa menjadi {2}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="525"/>
        <source>There is already a pool named {0}.</source>
        <translation>Sudah ada pool bernama {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="526"/>
        <source>{0} overlaps the pool {1} ({2}).</source>
        <translation>{0} tumpang tindih dengan pool {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="528"/>
        <source>The lead no longer exists.</source>
        <translation>Prospek ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="529"/>
        <source>Lead {0} has already been converted.</source>
        <translation>Prospek {0} sudah dikonversi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="530"/>
        <source>Lead {0} is lost; move it back into the pipeline first.</source>
        <translation>Prospek {0} berstatus gagal; kembalikan dulu ke pipeline.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="531"/>
        <source>Choose an active package.</source>
        <translation>Pilih paket yang aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="532"/>
        <source>The monthly fee must be more than zero.</source>
        <translation>Biaya bulanan harus lebih dari nol.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="533"/>
        <source>The duration is 1 to {0} months.</source>
        <translation>Durasi 1 sampai {0} bulan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="534"/>
        <source>Give the start date.</source>
        <translation>Isi tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="535"/>
        <source>The installation cannot be scheduled in the past.</source>
        <translation>Instalasi tidak bisa dijadwalkan di masa lalu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="536"/>
        <source>The lead has no phone or e-mail; complete it first.</source>
        <translation>Prospek tidak punya telepon atau e-mail; lengkapi dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="537"/>
        <source>Not an amount; type it like 150.000.</source>
        <translation>Bukan jumlah uang; ketik seperti 150.000.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="538"/>
        <source>The NIK&apos;s birth date says the customer is under {0}.</source>
        <translation>Menurut tanggal lahir di NIK, pelanggan belum berusia {0} tahun.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="498"/>
        <source>Choose an active technician.</source>
        <translation>Pilih teknisi yang aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="429"/>
        <source>{0} has too many pixels for a photo (at most {1} million).</source>
        <translation>{0} terlalu banyak piksel untuk sebuah foto (paling banyak {1} juta).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="430"/>
        <source>{0} is {1} MB; a photo may be at most {2} MB.</source>
        <translation>{0} berukuran {1} MB; foto paling besar {2} MB.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="431"/>
        <source>This attachment no longer exists (id {0}).</source>
        <translation>Lampiran ini sudah tidak ada (id {0}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="432"/>
        <source>{0} is not a picture (JPEG, PNG, WebP, BMP, GIF or TIFF).</source>
        <translation>{0} bukan gambar (JPEG, PNG, WebP, BMP, GIF atau TIFF).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="433"/>
        <source>{0} is damaged: the picture cannot be read.</source>
        <translation>{0} rusak: gambarnya tidak bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="434"/>
        <source>{0}: the file cannot be found (moved or deleted?).</source>
        <translation>{0}: berkasnya tidak ditemukan (dipindah atau dihapus?).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="435"/>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} tidak bisa dibaca ({1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="442"/>
        <source>{0} is in use by {1} active package(s) ({2}); give them another profile first.</source>
        <translation>{0} dipakai oleh {1} paket aktif ({2}); beri paket itu profil lain dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="443"/>
        <source>The burst time must be more than 0.</source>
        <translation>Waktu burst harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="444"/>
        <source>The download rate must be more than 0.</source>
        <translation>Kecepatan unduh harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="445"/>
        <source>The upload rate must be more than 0.</source>
        <translation>Kecepatan unggah harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="446"/>
        <source>The burst download rate must be more than 0.</source>
        <translation>Kecepatan unduh burst harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="447"/>
        <source>The burst upload rate must be more than 0.</source>
        <translation>Kecepatan unggah burst harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="448"/>
        <source>The burst download rate ({0} kbps) must be at least the download rate ({1} kbps).</source>
        <translation>Kecepatan unduh burst ({0} kbps) minimal sama dengan kecepatan unduh ({1} kbps).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="449"/>
        <source>The burst upload rate ({0} kbps) must be at least the upload rate ({1} kbps).</source>
        <translation>Kecepatan unggah burst ({0} kbps) minimal sama dengan kecepatan unggah ({1} kbps).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="450"/>
        <source>The burst threshold is a percentage of the rate: 1 to 100.</source>
        <translation>Ambang burst adalah persentase dari kecepatan: 1 sampai 100.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="451"/>
        <source>Give the burst threshold with a burst rate (the router needs both).</source>
        <translation>Isi ambang burst bersama kecepatan burst (router memerlukan keduanya).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="452"/>
        <source>Give the burst time with a burst rate (the router needs both).</source>
        <translation>Isi waktu burst bersama kecepatan burst (router memerlukan keduanya).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="453"/>
        <source>Priority is 1 (highest) to 8 (lowest), as on MikroTik.</source>
        <translation>Prioritas 1 (tertinggi) sampai 8 (terendah), seperti di MikroTik.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="468"/>
        <source>Its duration is unknown; give the duration in months.</source>
        <translation>Jangka waktunya tidak diketahui; isi jangka waktu dalam bulan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="469"/>
        <source>The status changes with Sign, Activate, Suspend and Terminate.</source>
        <translation>Status diubah dengan Tanda tangan, Aktifkan, Tangguhkan dan Akhiri.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="470"/>
        <source>A contract is signed with the Sign button.</source>
        <translation>Kontrak ditandatangani dengan tombol Tanda tangan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="471"/>
        <source>Renewals are made by Renew due.</source>
        <translation>Perpanjangan dibuat dengan Perpanjang yang jatuh tempo.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="472"/>
        <source>The contract is {0}; it cannot become {1} (it can become: {2}).</source>
        <translation>Kontrak berstatus {0}; tidak bisa menjadi {1} (bisa menjadi: {2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="473"/>
        <source>The contract is {0}; it has ended and its status stays.</source>
        <translation>Kontrak berstatus {0}; sudah berakhir dan statusnya tetap.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="474"/>
        <source>Type the name of the person signing.</source>
        <translation>Ketik nama orang yang menandatangani.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="475"/>
        <source>The signature is empty; sign in the box.</source>
        <translation>Tanda tangan masih kosong; tanda tangani di kotak.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="476"/>
        <source>Contract {0} was signed already ({1}).</source>
        <translation>Kontrak {0} sudah ditandatangani ({1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="477"/>
        <source>The window cannot be negative.</source>
        <translation>Rentang hari tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="478"/>
        <source>The end date is before the start date.</source>
        <translation>Tanggal berakhir sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="479"/>
        <source>The name is longer than {0} characters.</source>
        <translation>Nama lebih panjang dari {0} karakter.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="480"/>
        <source>The signature is not a PNG picture.</source>
        <translation>Tanda tangan bukan gambar PNG.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="481"/>
        <source>The contract is {0}; it is not signed any more.</source>
        <translation>Kontrak berstatus {0}; tidak ditandatangani lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="482"/>
        <source>The contract is {0}: it is kept, not deleted (terminate it instead).</source>
        <translation>Kontrak berstatus {0}: disimpan, tidak dihapus (akhiri saja).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="483"/>
        <source>The contract is {0}: it has ended and is not edited.</source>
        <translation>Kontrak berstatus {0}: sudah berakhir dan tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="484"/>
        <source>The contract is {0}: a signed document; only its auto-renewal can change.</source>
        <translation>Kontrak berstatus {0}: dokumen yang sudah ditandatangani; hanya perpanjangan otomatisnya yang bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="496"/>
        <source>{0} is {1} and is not moved.</source>
        <translation>{0} berstatus {1} dan tidak dipindahkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="497"/>
        <source>{0} is in progress: its technician stays.</source>
        <translation>{0} sedang dikerjakan: teknisinya tidak diganti.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="503"/>
        <source>At most {0} photos per report ({1} chosen).</source>
        <translation>Paling banyak {0} foto per laporan ({1} dipilih).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="506"/>
        <source>The photos were not read: prepare them before saving.</source>
        <translation>Foto belum dibaca: siapkan sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="540"/>
        <source>No customer has the referral code {0}; correct the lead.</source>
        <translation>Tidak ada pelanggan dengan kode referral {0}; perbaiki prospeknya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="541"/>
        <source>This NIK belongs to customer {0} ({1}).</source>
        <translation>NIK ini milik pelanggan {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="542"/>
        <source>Must lie between -{0} and {1}.</source>
        <translation>Harus di antara -{0} dan {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="543"/>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="544"/>
        <source>Not an e-mail address.</source>
        <translation>Bukan alamat e-mail.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="545"/>
        <source>Unknown source.</source>
        <translation>Sumber tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="546"/>
        <source>A postal code has 5 digits.</source>
        <translation>Kode pos terdiri dari 5 angka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="547"/>
        <source>No such package.</source>
        <translation>Paket tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="548"/>
        <source>No such user.</source>
        <translation>Pengguna tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="549"/>
        <source>The lead has been converted; change the customer instead.</source>
        <translation>Prospek sudah dikonversi; ubah data pelanggannya saja.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="550"/>
        <source>Unknown status.</source>
        <translation>Status tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="551"/>
        <source>Say why the lead was lost.</source>
        <translation>Tulis alasan prospek gagal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="552"/>
        <source>A lead is won by converting it into a customer (Convert…).</source>
        <translation>Prospek berhasil dengan mengonversinya menjadi pelanggan (Konversi…).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="553"/>
        <source>The lead has been converted; it stays won.</source>
        <translation>Prospek sudah dikonversi; statusnya tetap berhasil.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="554"/>
        <source>Not a number (e.g. -6.914744).</source>
        <translation>Bukan angka (misalnya -6.914744).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="555"/>
        <source>No such active user.</source>
        <translation>Pengguna aktif tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="557"/>
        <source>{0} is an {1}: customers connect to an ODP.</source>
        <translation>{0} adalah {1}: pelanggan tersambung ke ODP.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="558"/>
        <source>{0} is {1}: it cannot take a new customer.</source>
        <translation>{0} berstatus {1}: tidak bisa menerima pelanggan baru.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="559"/>
        <source>{0} is full ({1} of {2} ports used).</source>
        <translation>{0} penuh ({1} dari {2} port terpakai).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="560"/>
        <source>Choose a port from 1 to {0} of {1}.</source>
        <translation>Pilih port 1 sampai {0} pada {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="561"/>
        <source>Port {0} of {1} is already taken.</source>
        <translation>Port {0} pada {1} sudah terpakai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="584"/>
        <source>Promotion {0} has just been used up; it cannot be used again.</source>
        <translation>Promo {0} baru saja habis kuotanya; tidak bisa dipakai lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="585"/>
        <source>There is no purchase order with id {0}.</source>
        <translation>Tidak ada pesanan pembelian dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="586"/>
        <source>Add at least one line.</source>
        <translation>Tambahkan minimal satu baris.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="587"/>
        <source>Choose a supplier.</source>
        <translation>Pilih pemasok.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="588"/>
        <source>The expected date cannot be before the order date.</source>
        <translation>Tanggal perkiraan tiba tidak boleh sebelum tanggal pesan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="589"/>
        <source>{0} is {1}: only a draft&apos;s lines can change.</source>
        <translation>{0} berstatus {1}: hanya baris draf yang bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="590"/>
        <source>Add at least one line before submitting.</source>
        <translation>Tambahkan minimal satu baris sebelum diajukan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="591"/>
        <source>Say why the order is cancelled.</source>
        <translation>Tulis alasan pesanan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="592"/>
        <source>{0} is {1}: only an ordered PO can be received.</source>
        <translation>{0} berstatus {1}: hanya PO yang sudah dipesan yang bisa diterima.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="593"/>
        <source>Enter the quantity that arrived on at least one line.</source>
        <translation>Isi jumlah yang datang pada minimal satu baris.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="594"/>
        <source>Choose a stock item.</source>
        <translation>Pilih barang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="595"/>
        <source>The quantity must be more than zero.</source>
        <translation>Jumlah harus lebih dari nol.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="596"/>
        <source>The price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="597"/>
        <source>{0} is no longer an active supplier.</source>
        <translation>{0} bukan lagi pemasok aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="598"/>
        <source>That line is not on this order.</source>
        <translation>Baris itu tidak ada di pesanan ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="599"/>
        <source>Not an amount of Rupiah.</source>
        <translation>Bukan jumlah Rupiah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="600"/>
        <source>Enter how many arrived (0 or more).</source>
        <translation>Isi berapa yang datang (0 atau lebih).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="601"/>
        <source>Not a price.</source>
        <translation>Bukan harga.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="602"/>
        <source>Only {0} still to come on this line; tick &apos;more than ordered&apos; to accept extra.</source>
        <translation>Pada baris ini tinggal {0} yang belum datang; centang &apos;lebih dari pesanan&apos; untuk menerima kelebihan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="603"/>
        <source>There is no receipt with id {0}.</source>
        <translation>Tidak ada kuitansi dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="604"/>
        <source>Payment {0} has no receipt (it was not taken at the counter).</source>
        <translation>Pembayaran {0} tidak punya kuitansi (tidak diterima di loket).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="605"/>
        <source>{0} must be a whole number.</source>
        <translation>{0} harus bilangan bulat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="606"/>
        <source>{0} is not a date (YYYY-MM-DD).</source>
        <translation>{0} bukan tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="607"/>
        <source>{0} is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>{0} bukan tanggal dan jam (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="608"/>
        <source>{0} is not a time (HH:MM).</source>
        <translation>{0} bukan jam (HH:MM).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="609"/>
        <source>{0} must be yes or no.</source>
        <translation>{0} harus ya atau tidak.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="610"/>
        <source>{0}: choose one from the list.</source>
        <translation>{0}: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="611"/>
        <source>{0} is not valid JSON.</source>
        <translation>{0} bukan JSON yang valid.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="612"/>
        <source>This {0} no longer exists (id {1}).</source>
        <translation>Data {0} ini sudah tidak ada (id {1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="613"/>
        <source>{0} are not created in this table; use their own screen.</source>
        <translation>{0} tidak dibuat di tabel ini; gunakan layarnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="614"/>
        <source>{0} are not edited in this table; use their own screen.</source>
        <translation>{0} tidak diubah di tabel ini; gunakan layarnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="615"/>
        <source>{0} must be text.</source>
        <translation>{0} harus berupa teks.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="616"/>
        <source>{0} takes at most {1} characters ({2} given).</source>
        <translation>{0} paling banyak {1} karakter (diisi {2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="617"/>
        <source>{0} must be a number.</source>
        <translation>{0} harus angka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="618"/>
        <source>{0} takes at most {1} decimal places.</source>
        <translation>{0} paling banyak {1} angka di belakang koma.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="619"/>
        <source>{0} is too large.</source>
        <translation>{0} terlalu besar.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="620"/>
        <source>{0} must be one of: {1}.</source>
        <translation>{0} harus salah satu dari: {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="621"/>
        <source>{0} must be at least {1}.</source>
        <translation>{0} minimal {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="622"/>
        <source>{0} must be at most {1}.</source>
        <translation>{0} maksimal {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="623"/>
        <source>{0} cannot be deleted.</source>
        <translation>{0} tidak bisa dihapus.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="624"/>
        <source>Cannot delete: {0} {1} to this {2}.</source>
        <translation>Tidak bisa dihapus: {0} {1} merujuk ke data {2} ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="625"/>
        <source>{0} is not an amount of money: {1}.</source>
        <translation>{0} bukan jumlah uang: {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="626"/>
        <source>{0} must not be negative.</source>
        <translation>{0} tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="627"/>
        <source>{0} must be more than zero.</source>
        <translation>{0} harus lebih dari nol.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="628"/>
        <source>{0}: the chosen record does not exist (any more).</source>
        <translation>{0}: data yang dipilih (sudah) tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="629"/>
        <source>{0} {1} is already used.</source>
        <translation>{0} {1} sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="630"/>
        <source>This {0} is already used by another record.</source>
        <translation>{0} ini sudah dipakai oleh data lain.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="631"/>
        <source>The record could not be {0}: another user changed the same data a moment ago. Reload and try again.</source>
        <translation>Data tidak bisa {0}: pengguna lain baru saja mengubah data yang sama. Muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="632"/>
        <source>{0} is required.</source>
        <translation>{0} wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="633"/>
        <source>{0} takes at most two decimal places (sen).</source>
        <translation>{0} paling banyak dua angka di belakang koma (sen).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="634"/>
        <source>{0} is not valid JSON ({1}).</source>
        <translation>{0} bukan JSON yang valid ({1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="635"/>
        <source>Choose in, out, adjustment or return.</source>
        <translation>Pilih masuk, keluar, penyesuaian, atau retur.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="636"/>
        <source>The quantity must be a whole number.</source>
        <translation>Jumlah harus bilangan bulat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="637"/>
        <source>Say why the stock is adjusted.</source>
        <translation>Tulis alasan penyesuaian stok.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="638"/>
        <source>Give both the kind of reference and its number, or neither.</source>
        <translation>Isi jenis referensi beserta nomornya, atau kosongkan keduanya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="639"/>
        <source>There is no {0} with id {1}.</source>
        <translation>Tidak ada {0} dengan id {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="640"/>
        <source>There is no stock item with id {0}.</source>
        <translation>Tidak ada barang dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="641"/>
        <source>A reference is a work order or a purchase order.</source>
        <translation>Referensi berupa perintah kerja atau pesanan pembelian.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="642"/>
        <source>An adjustment is a difference other than zero (e.g. -2 or 5).</source>
        <translation>Penyesuaian adalah selisih selain nol (misalnya -2 atau 5).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="643"/>
        <source>There is no work order with id {0}.</source>
        <translation>Tidak ada perintah kerja dengan id {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="644"/>
        <source>Add at least one item.</source>
        <translation>Tambahkan minimal satu barang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="645"/>
        <source>{0} is {1}; stock is issued only to open work orders.</source>
        <translation>{0} berstatus {1}; stok hanya dikeluarkan untuk perintah kerja yang masih terbuka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="646"/>
        <source>{0}: scan one serial number per unit ({1} needed, {2} given).</source>
        <translation>{0}: pindai satu nomor seri per unit (perlu {1}, diisi {2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="647"/>
        <source>Serial number {0} appears twice.</source>
        <translation>Nomor seri {0} muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="648"/>
        <source>{0} holds only {1} of this item.</source>
        <translation>{0} hanya memegang {1} dari barang ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="649"/>
        <source>Serial number {0} was not issued to {1}.</source>
        <translation>Nomor seri {0} tidak dikeluarkan untuk {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="650"/>
        <source>Count at least one item.</source>
        <translation>Hitung minimal satu barang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="651"/>
        <source>Stock moved while you were counting; review again. </source>
        <translation>Stok berubah selama Anda menghitung; periksa lagi. </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="652"/>
        <source>The subscription no longer exists.</source>
        <translation>Langganan ini sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="653"/>
        <source>Choose a package from the list.</source>
        <translation>Pilih paket dari daftar.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="654"/>
        <source>{0} is no longer sold.</source>
        <translation>{0} sudah tidak dijual.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="655"/>
        <source>The subscription has ended; its package cannot change.</source>
        <translation>Langganan sudah berakhir; paketnya tidak bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="680"/>
        <source>The work order is {0}: it cannot become {1}, only {2}.</source>
        <translation>Perintah kerja berstatus {0}: tidak bisa menjadi {1}, hanya {2}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="656"/>
        <source>The source is gps, manual or import.</source>
        <translation>Sumber harus gps, manual, atau import.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="657"/>
        <source>The accuracy is metres, 0 or more.</source>
        <translation>Akurasi dalam meter, 0 atau lebih.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="658"/>
        <source>The file names no technician (no username column): choose whose positions they are.</source>
        <translation>Berkas tidak menyebut teknisi (tidak ada kolom username): pilih posisi siapa ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="659"/>
        <source>The file holds no positions.</source>
        <translation>Berkas tidak berisi posisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="660"/>
        <source>The password needs at least {0} characters.</source>
        <translation>Kata sandi minimal {0} karakter.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="661"/>
        <source>The password may not begin or end with a space.</source>
        <translation>Kata sandi tidak boleh diawali atau diakhiri spasi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="662"/>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation>Ini administrator aktif terakhir; jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="663"/>
        <source>The user name needs 3 to 50 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri dari 3 sampai 50 karakter: huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="664"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Isi nama orangnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="665"/>
        <source>This is not an e-mail address.</source>
        <translation>Ini bukan alamat e-mail.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="666"/>
        <source>The phone number is too long (20 characters at most).</source>
        <translation>Nomor telepon terlalu panjang (paling banyak 20 karakter).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="667"/>
        <source>There are users already: log in as an administrator to add more.</source>
        <translation>Sudah ada pengguna: login sebagai administrator untuk menambah pengguna.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="668"/>
        <source>The user name {0} is taken already.</source>
        <translation>Nama pengguna {0} sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="669"/>
        <source>The name is too long (255 characters at most).</source>
        <translation>Nama terlalu panjang (paling banyak 255 karakter).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="670"/>
        <source>You cannot switch off your own account.</source>
        <translation>Anda tidak bisa menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="671"/>
        <source>This is the last active administrator; add another one first.</source>
        <translation>Ini administrator aktif terakhir; tambahkan administrator lain dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="672"/>
        <source>A supervisor&apos;s user name and password must approve a void or refund.</source>
        <translation>Pembatalan atau pengembalian dana harus disetujui dengan nama pengguna dan kata sandi supervisor.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="673"/>
        <source>Give the reason for the void or refund.</source>
        <translation>Tulis alasan pembatalan atau pengembalian dana.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="674"/>
        <source>Receipt {0} is already {1}.</source>
        <translation>Kuitansi {0} sudah {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="675"/>
        <source>The {0} this receipt kept as credit has been used since: void the later receipt that used it first.</source>
        <translation>{0} yang disimpan kuitansi ini sebagai saldo kredit sudah terpakai: batalkan dulu kuitansi berikutnya yang memakainya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="676"/>
        <source>Shift {0} of this cash receipt is closed: its drawer was counted, so the receipt can no longer be voided or refunded.</source>
        <translation>Shift {0} dari kuitansi tunai ini sudah ditutup: lacinya sudah dihitung, jadi kuitansi tidak bisa lagi dibatalkan atau dikembalikan dananya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="677"/>
        <source>Choose the kind of work: </source>
        <translation>Pilih jenis pekerjaan: </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="678"/>
        <source>Choose a priority: </source>
        <translation>Pilih prioritas: </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="679"/>
        <source>Say which customer (or lead) the work is for.</source>
        <translation>Tentukan pelanggan (atau prospek) untuk pekerjaan ini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="681"/>
        <source>Say why the work order is cancelled.</source>
        <translation>Tulis alasan perintah kerja dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="682"/>
        <source>An installation is completed by saving its installation report.</source>
        <translation>Instalasi selesai dengan menyimpan laporan instalasinya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="683"/>
        <source>Choose an active technician to assign.</source>
        <translation>Pilih teknisi aktif untuk ditugaskan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="684"/>
        <source>A ticked invoice is no longer outstanding (paid a moment ago?): reload the customer and tick again.</source>
        <translation>Tagihan yang dicentang sudah tidak terutang (baru dibayar?): muat ulang pelanggan lalu centang lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="685"/>
        <source>The amount received cannot be negative.</source>
        <translation>Uang diterima tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="686"/>
        <source>Enter the amount received (more than zero).</source>
        <translation>Isi uang yang diterima (lebih dari nol).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="687"/>
        <source>Nothing is due ({0}): keep the money as credit or give it back.</source>
        <translation>Tidak ada yang harus dibayar ({0}): simpan uangnya sebagai saldo kredit atau kembalikan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="688"/>
        <source>{0} is not a usable address inside {1}.</source>
        <translation>{0} bukan alamat yang bisa dipakai di dalam {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="689"/>
        <source>Enter the signal level the ONT shows (dBm).</source>
        <translation>Isi level sinyal yang ditampilkan ONT (dBm).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="690"/>
        <source>A signal level is between {0} and {1} dBm; {2} is a typing error.</source>
        <translation>Level sinyal antara {0} dan {1} dBm; {2} salah ketik.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="691"/>
        <source>A speed is between 0 and {0} Mbps.</source>
        <translation>Kecepatan antara 0 dan {0} Mbps.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="692"/>
        <source>Latitude is between -90 and 90 (e.g. -8.6705 for Denpasar).</source>
        <translation>Lintang harus antara -90 dan 90 (mis. -8.6705 untuk Denpasar).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="693"/>
        <source>Longitude is between -180 and 180 (e.g. 115.2126 for Denpasar).</source>
        <translation>Bujur harus antara -180 dan 180 (mis. 115.2126 untuk Denpasar).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="694"/>
        <source>An NIK has exactly 16 digits.</source>
        <translation>NIK terdiri dari tepat 16 angka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="695"/>
        <source>The first two digits of an NIK are a province code (11-96).</source>
        <translation>Dua angka pertama NIK adalah kode provinsi (11-96).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="696"/>
        <source>Digits 3-6 of an NIK are the regency and kecamatan codes; they cannot be 00.</source>
        <translation>Angka ke-3 sampai ke-6 NIK adalah kode kabupaten dan kecamatan; tidak boleh 00.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="697"/>
        <source>Digits 7-12 of an NIK are the birth date (DDMMYY, day + 40 for women); this is no date.</source>
        <translation>Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (DDMMYY, tanggal + 40 untuk perempuan); ini bukan tanggal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="698"/>
        <source>The last four digits of an NIK are a serial number from 0001.</source>
        <translation>Empat angka terakhir NIK adalah nomor urut mulai 0001.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="699"/>
        <source>The PPN rate must be a percentage between 0 and 100.</source>
        <translation>Tarif PPN harus persentase antara 0 dan 100.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="700"/>
        <source>The tax base must be a fraction between 0 and 1 (e.g. 11/12).</source>
        <translation>DPP harus pecahan antara 0 dan 1 (misalnya 11/12).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="701"/>
        <source>Not a number: {0}.</source>
        <translation>Bukan angka: {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="702"/>
        <source>The connection to the database was lost; retry in a moment.</source>
        <translation>Koneksi ke database terputus; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="703"/>
        <source>The connection to the database was lost before the save was confirmed; check the network, then look whether it was saved before you retry.</source>
        <translation>Koneksi ke database terputus sebelum penyimpanan dikonfirmasi; periksa jaringan, lalu lihat apakah data sudah tersimpan sebelum mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>ModuleActions</name>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="74"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="800"/>
        <source>Add user…</source>
        <extracomment>Asked before a user is switched off; False in tests that drive the tab.</extracomment>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="76"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="801"/>
        <source>A new user with a role and a password</source>
        <translation>Pengguna baru dengan peran dan kata sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="77"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="802"/>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="79"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="803"/>
        <source>Give the selected user a new password</source>
        <translation>Beri pengguna yang dipilih kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="80"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="804"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="83"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="805"/>
        <source>The selected user can no longer log in</source>
        <translation>Pengguna yang dipilih tidak bisa login lagi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="215"/>
        <location filename="../../ispdesk/ui/admin/actions.py" line="84"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="726"/>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/actions.py" line="86"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="806"/>
        <source>The selected user may log in again</source>
        <translation>Pengguna yang dipilih boleh login lagi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="111"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="710"/>
        <source>Run billing…</source>
        <translation>Jalankan penagihan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="113"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="711"/>
        <source>Invoice every subscription that is due</source>
        <translation>Buat tagihan untuk setiap langganan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="115"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="712"/>
        <source>Run log…</source>
        <translation>Log proses…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="116"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="713"/>
        <source>What the selected run created, skipped and why</source>
        <translation>Apa yang dibuat dan dilewati proses yang dipilih, beserta alasannya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="118"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="796"/>
        <source>Change package…</source>
        <translation>Ganti paket…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="119"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="797"/>
        <source>Bill another package from the next period</source>
        <translation>Tagihkan paket lain mulai periode berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="122"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="752"/>
        <source>Suspension list…</source>
        <translation>Daftar isolir…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="124"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="753"/>
        <source>Customers overdue for longer than the settings allow</source>
        <translation>Pelanggan yang menunggak lebih lama dari batas di pengaturan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="126"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="754"/>
        <source>Mark overdue</source>
        <translation>Tandai lewat jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/actions.py" line="128"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="755"/>
        <source>Invoices past their due date become overdue; late fees are added once</source>
        <translation>Tagihan yang lewat jatuh tempo ditandai menunggak; denda ditambahkan sekali</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="746"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="142"/>
        <source>Print invoice</source>
        <translation>Cetak tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="747"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="144"/>
        <source>The selected invoice as a PDF with its QRIS</source>
        <translation>Tagihan yang dipilih sebagai PDF beserta QRIS-nya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="748"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="146"/>
        <source>Print period…</source>
        <translation>Cetak periode…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="749"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="148"/>
        <source>Every invoice of a month into one PDF or a folder</source>
        <translation>Semua tagihan satu bulan ke satu PDF atau satu folder</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="750"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="150"/>
        <source>Credit note…</source>
        <translation>Nota kredit…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="751"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="152"/>
        <source>Draft a credit note on the selected invoice</source>
        <translation>Buat draf nota kredit untuk tagihan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="779"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="154"/>
        <source>New proforma…</source>
        <translation>Proforma baru…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="780"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="156"/>
        <source>Installation fee, deposit, prepaid months</source>
        <translation>Biaya instalasi, deposit, bulan dibayar di muka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="781"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="158"/>
        <source>Print proforma</source>
        <translation>Cetak proforma</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="782"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="160"/>
        <source>The selected proforma as a PDF</source>
        <translation>Proforma yang dipilih sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="783"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="163"/>
        <source>Convert to invoice</source>
        <translation>Jadikan tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="784"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="166"/>
        <source>Make the real invoice to take payment on</source>
        <translation>Buat tagihan sebenarnya untuk menerima pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="736"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="168"/>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="737"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="171"/>
        <source>A supervisor approves and applies the credit</source>
        <translation>Supervisor menyetujui dan menerapkan kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="738"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="173"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="739"/>
        <location filename="../../ispdesk/ui/documents/actions.py" line="175"/>
        <source>The selected credit note as a PDF</source>
        <translation>Nota kredit yang dipilih sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="707"/>
        <source>Status / holder…</source>
        <translation>Status / pemegang…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="708"/>
        <source>Asset register…</source>
        <translation>Daftar aset…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="709"/>
        <source>Register to Excel…</source>
        <translation>Daftar ke Excel…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="714"/>
        <source>Open shift…</source>
        <translation>Buka shift…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="715"/>
        <source>Open a shift with the opening float</source>
        <translation>Buka shift dengan modal awal laci</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="716"/>
        <source>Close shift…</source>
        <translation>Tutup shift…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="717"/>
        <source>Count the drawer and close the selected shift</source>
        <translation>Hitung isi laci dan tutup shift yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="718"/>
        <source>Z-report</source>
        <translation>Laporan Z</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="719"/>
        <source>The selected shift&apos;s report as a PDF</source>
        <translation>Laporan shift yang dipilih sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="720"/>
        <source>Daily report</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="721"/>
        <source>Every shift of a day summed</source>
        <translation>Jumlah semua shift dalam sehari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="740"/>
        <source>Stock movement…</source>
        <translation>Mutasi stok…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="741"/>
        <source>In, out, adjustment or return of the selected item</source>
        <translation>Masuk, keluar, penyesuaian, atau retur barang yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="742"/>
        <source>Stock card</source>
        <translation>Kartu stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="743"/>
        <source>Every movement of the selected item with its running balance</source>
        <translation>Semua mutasi barang yang dipilih beserta saldo berjalannya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="744"/>
        <source>Stock take…</source>
        <translation>Stok opname…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="745"/>
        <source>Count many items and post the differences</source>
        <translation>Hitung banyak barang dan bukukan selisihnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="756"/>
        <source>Assign…</source>
        <translation>Berikan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="757"/>
        <source>Release</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="758"/>
        <source>Give the address back to its pool</source>
        <translation>Kembalikan alamat ke pool-nya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="759"/>
        <source>Reserve…</source>
        <translation>Cadangkan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="760"/>
        <source>Block…</source>
        <translation>Blokir…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="761"/>
        <source>New pool from CIDR…</source>
        <translation>Pool baru dari CIDR…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="762"/>
        <source>Create a pool and list all its addresses</source>
        <translation>Buat pool dan daftarkan semua alamatnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="763"/>
        <source>Assign address…</source>
        <translation>Berikan alamat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="764"/>
        <source>Give a customer the next free (or a chosen) address of the pool</source>
        <translation>Berikan pelanggan alamat bebas berikutnya (atau yang dipilih) dari pool</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="765"/>
        <source>Utilisation</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="766"/>
        <source>How many addresses of the pool are in use</source>
        <translation>Berapa banyak alamat pool yang terpakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="773"/>
        <source>Tree view…</source>
        <translation>Tampilan pohon…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="774"/>
        <source>OLT, ODC and ODP as a tree with used ports</source>
        <translation>OLT, ODC, dan ODP sebagai pohon beserta port terpakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="775"/>
        <source>Reprint receipt</source>
        <translation>Cetak ulang kuitansi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="776"/>
        <source>Print the receipt of the selected payment again (marked COPY)</source>
        <translation>Cetak lagi kuitansi pembayaran yang dipilih (bertanda SALINAN)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="777"/>
        <source>Void / refund…</source>
        <translation>Batalkan / kembalikan dana…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="778"/>
        <source>Reverse the selected payment&apos;s receipt with a supervisor&apos;s approval</source>
        <translation>Balik kuitansi pembayaran yang dipilih dengan persetujuan supervisor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="785"/>
        <source>Lines…</source>
        <translation>Baris…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="786"/>
        <source>Items of a draft order</source>
        <translation>Barang pada pesanan draf</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="787"/>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="788"/>
        <source>Send for approval</source>
        <translation>Kirim untuk disetujui</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="789"/>
        <source>A supervisor approves with their password</source>
        <translation>Supervisor menyetujui dengan kata sandinya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="790"/>
        <source>Mark ordered</source>
        <translation>Tandai sudah dipesan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="791"/>
        <source>The approved order was sent to the supplier</source>
        <translation>Pesanan yang disetujui sudah dikirim ke pemasok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="792"/>
        <source>Receive…</source>
        <translation>Terima…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="793"/>
        <source>Book a (partial) delivery into stock</source>
        <translation>Bukukan kiriman (sebagian) ke stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="794"/>
        <source>Cancel order…</source>
        <translation>Batalkan pesanan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="795"/>
        <source>Print PO</source>
        <translation>Cetak PO</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="798"/>
        <source>Last positions…</source>
        <translation>Posisi terakhir…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="799"/>
        <source>Where each technician was last seen; import or enter positions</source>
        <translation>Di mana setiap teknisi terakhir terlihat; impor atau masukkan posisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="807"/>
        <source>Dispatch board…</source>
        <translation>Papan penugasan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="808"/>
        <source>Open work orders by technician and day (a week or a day)</source>
        <translation>Perintah kerja terbuka per teknisi dan hari (seminggu atau sehari)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="809"/>
        <source>Nearest technicians…</source>
        <translation>Teknisi terdekat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="859"/>
        <source>{0} can log in again.</source>
        <translation>{0} bisa masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="860"/>
        <source>{0} is deactivated.</source>
        <translation>{0} dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="861"/>
        <source>Deactivate user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="862"/>
        <source>User {0} added.</source>
        <translation>Pengguna {0} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="863"/>
        <source>Deactivate {0}? They can no longer log in; their history stays.</source>
        <translation>Nonaktifkan {0}? Ia tidak bisa masuk lagi; riwayatnya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="864"/>
        <source>{0} has a new password.</source>
        <translation>{0} punya kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="865"/>
        <source>Billing run: {0} invoices created, {1} skipped, {2} failed.</source>
        <translation>Penagihan: {0} invoice dibuat, {1} dilewati, {2} gagal.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="866"/>
        <source>No package change is pending; {0} stays.</source>
        <translation>Tidak ada perubahan paket yang menunggu; tetap {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="867"/>
        <source>{0} from {1} (now {2}).</source>
        <translation>{0} mulai {1} (sekarang {2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="868"/>
        <source>Package saved.</source>
        <translation>Paket disimpan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="869"/>
        <source>{0} invoices are now overdue.</source>
        <translation>{0} invoice kini lewat jatuh tempo.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="870"/>
        <source>Package saved. {0}</source>
        <translation>Paket disimpan. {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="871"/>
        <source>Late fee added to {0} invoices ({1}).</source>
        <translation>Denda keterlambatan ditambahkan ke {0} invoice ({1}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="872"/>
        <source>Proforma {0} is now invoice {1}: take the payment on that invoice.</source>
        <translation>Proforma {0} kini menjadi invoice {1}: terima pembayaran pada invoice itu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="873"/>
        <source>Proforma {0} already became invoice {1}.</source>
        <translation>Proforma {0} sudah menjadi invoice {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="874"/>
        <source>Invoice {0}</source>
        <translation>Invoice {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="875"/>
        <source>{0} invoices printed to {1}.</source>
        <translation>{0} invoice dicetak ke {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="876"/>
        <source>Proforma {0} issued for {1}.</source>
        <translation>Proforma {0} diterbitkan untuk {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="877"/>
        <source>Proforma {0}</source>
        <translation>Proforma {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="878"/>
        <source>Credit note {0} approved by {1}: {2} off invoice {3}, {4} to the customer&apos;s credit.</source>
        <translation>Nota kredit {0} disetujui oleh {1}: {2} dari invoice {3}, {4} ke saldo kredit pelanggan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="879"/>
        <source>Credit note {0}</source>
        <translation>Nota kredit {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="880"/>
        <source>Credit note {0} for {1} drafted; a supervisor approves it on the Credit notes tab.</source>
        <translation>Draf nota kredit {0} untuk {1} dibuat; supervisor menyetujuinya di tab Nota kredit.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="810"/>
        <source>Technicians by distance from the customer, from their last position</source>
        <translation>Teknisi menurut jarak ke pelanggan, dari posisi terakhir mereka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="811"/>
        <source>Technician positions…</source>
        <translation>Posisi teknisi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="812"/>
        <source>Give the work order to a technician</source>
        <translation>Serahkan perintah kerja ke teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="813"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="814"/>
        <source>Complete</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="815"/>
        <source>Repairs and maintenance; an installation completes by its report</source>
        <translation>Perbaikan dan perawatan; instalasi selesai melalui laporannya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="816"/>
        <source>Cancel…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="817"/>
        <source>Installation report…</source>
        <translation>Laporan pemasangan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="818"/>
        <source>Record the installation; completes the order and starts the subscription</source>
        <translation>Catat instalasi; menyelesaikan perintah kerja dan memulai langganan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="819"/>
        <source>Print sheet</source>
        <translation>Cetak lembar kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="820"/>
        <source>The work order sheet for the technician, with the materials issued</source>
        <translation>Lembar perintah kerja untuk teknisi, dengan material yang dikeluarkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="821"/>
        <source>Print installation report</source>
        <translation>Cetak laporan pemasangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/actions.py" line="99"/>
        <source>Daily report of</source>
        <translation>Laporan harian tanggal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="48"/>
        <source>Lead {0} saved.</source>
        <extracomment>When the contract buttons may be pressed (services/contracts.ALLOWED_MOVES and SIGNABLE; the service still checks). A status of None counts as the column&apos;s default (a draft contract, a new lead), as in the services. A lead that can still be converted (not won nor lost already).</extracomment>
        <translation>Prospek {0} disimpan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="60"/>
        <source>Lead {0} converted: customer {1}.</source>
        <translation>Prospek {0} dikonversi: pelanggan {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="73"/>
        <source>Contract {0}</source>
        <translation>Kontrak {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="100"/>
        <source>Contract {0} signed by {1}; it is active.</source>
        <translation>Kontrak {0} ditandatangani oleh {1}; kini aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="102"/>
        <source>Contract {0} signed by {1}.</source>
        <translation>Kontrak {0} ditandatangani oleh {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="113"/>
        <source>Contract {0} is active.</source>
        <translation>Kontrak {0} aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="119"/>
        <source>Contract {0} is suspended.</source>
        <translation>Kontrak {0} ditangguhkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="128"/>
        <source>Terminate contract</source>
        <translation>Akhiri kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="129"/>
        <source>Terminate the selected contract? Its subscription stops and the contract cannot be reactivated.</source>
        <translation>Akhiri kontrak yang dipilih? Langganannya berhenti dan kontrak tidak bisa diaktifkan lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="135"/>
        <source>Contract {0} is terminated.</source>
        <translation>Kontrak {0} diakhiri.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="162"/>
        <source>1 contract renewed: {0}.</source>
        <translation>1 kontrak diperpanjang: {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="164"/>
        <source>{0} contracts renewed: {1}.</source>
        <translation>{0} kontrak diperpanjang: {1}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="167"/>
        <source>No contract is due for renewal.</source>
        <translation>Tidak ada kontrak yang jatuh tempo perpanjangan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="169"/>
        <source>{0} not renewed: {1}</source>
        <translation>{0} tidak diperpanjang: {1}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="172"/>
        <source>{0} more not renewed.</source>
        <translation>{0} lainnya tidak diperpanjang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="192"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="767"/>
        <source>Board…</source>
        <translation>Papan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="194"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="768"/>
        <source>The leads by pipeline status; move cards by drag or Ctrl+arrows</source>
        <translation>Prospek per status pipeline; pindahkan kartu dengan seret atau Ctrl+panah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="196"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="769"/>
        <source>Lead form…</source>
        <translation>Formulir prospek…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="198"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="770"/>
        <source>The selected lead (or a new one) with region pickers and a duplicate check</source>
        <translation>Prospek yang dipilih (atau yang baru) dengan pemilih wilayah dan pemeriksaan duplikat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="201"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="771"/>
        <source>Convert…</source>
        <translation>Konversi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="203"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="772"/>
        <source>Make the selected lead a customer with contract, subscription, installation and proforma</source>
        <translation>Jadikan prospek yang dipilih pelanggan beserta kontrak, langganan, instalasi, dan proforma</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="206"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="722"/>
        <source>Print contract…</source>
        <translation>Cetak kontrak…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="207"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="723"/>
        <source>The contract on A4 with its terms, signatures and QR code</source>
        <translation>Kontrak di kertas A4 beserta ketentuan, tanda tangan, dan kode QR</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="209"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="724"/>
        <source>Sign…</source>
        <translation>Tanda tangan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="212"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="725"/>
        <source>The customer signs the selected contract on screen; a draft becomes active</source>
        <translation>Pelanggan menandatangani kontrak yang dipilih di layar; draf menjadi aktif</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="217"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="727"/>
        <source>A draft signed on paper, or a suspended contract, becomes active</source>
        <translation>Draf yang ditandatangani di kertas, atau kontrak yang ditangguhkan, menjadi aktif</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="220"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="728"/>
        <source>Suspend</source>
        <translation>Tangguhkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="222"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="729"/>
        <source>Suspend the selected active contract</source>
        <translation>Tangguhkan kontrak aktif yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="224"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="730"/>
        <source>Terminate…</source>
        <translation>Akhiri…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="226"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="731"/>
        <source>End the selected contract for good; its subscription stops</source>
        <translation>Akhiri kontrak yang dipilih untuk selamanya; langganannya berhenti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="228"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="732"/>
        <source>Ending soon…</source>
        <translation>Segera berakhir…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="230"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="733"/>
        <source>Active contracts ending within 30 days</source>
        <translation>Kontrak aktif yang berakhir dalam 30 hari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="232"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="734"/>
        <source>Renew due</source>
        <translation>Perpanjang yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/actions.py" line="234"/>
        <location filename="../../ispdesk/ui/service_messages.py" line="735"/>
        <source>Renew every auto-renew contract whose end date has come; never twice</source>
        <translation>Perpanjang setiap kontrak perpanjangan otomatis yang sudah sampai tanggal berakhirnya; tidak pernah dua kali</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/module_actions.py" line="90"/>
        <source>{0} and {1} more</source>
        <extracomment>``enabled_when``: the selected row&apos;s listed values by column name -&gt; may the button be pressed? Modules whose ``register_actions()`` is called once, on first use. Add one line per UI package that contributes tab actions.</extracomment>
        <translation>{0} dan {1} lagi</translation>
    </message>
</context>
<context>
    <name>MoneyEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="221"/>
        <source>Not an amount; type it like 1.500.000</source>
        <translation>Bukan jumlah uang; ketik seperti 1.500.000</translation>
    </message>
</context>
<context>
    <name>NearestDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="42"/>
        <source>Nearest technicians</source>
        <translation>Teknisi terdekat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="42"/>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="46"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="79"/>
        <source>assigned to {0}</source>
        <translation>ditugaskan ke {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="84"/>
        <source>(assigned)</source>
        <translation>(ditugaskan)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="95"/>
        <source>The customer has no coordinates: add the latitude and longitude to the customer to see who is nearest.</source>
        <translation>Pelanggan belum punya koordinat: tambahkan lintang dan bujur pada pelanggan untuk melihat siapa yang terdekat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="98"/>
        <source>No technician has reported a position yet.</source>
        <translation>Belum ada teknisi yang melaporkan posisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="107"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="107"/>
        <source>assigned</source>
        <translation>ditugaskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="107"/>
        <source>in progress</source>
        <translation>sedang dikerjakan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="108"/>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="108"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>NearestTechnicians</name>
    <message>
        <location filename="../../ispdesk/ui/field/nearest_dialog.py" line="29"/>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
</context>
<context>
    <name>NetworkTree</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="881"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="882"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="883"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="884"/>
        <source>Ports used</source>
        <translation>Port terpakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="885"/>
        <source>Free</source>
        <translation>Bebas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="886"/>
        <source>Utilisation</source>
        <translation>Pemakaian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="887"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="888"/>
        <source>faulty</source>
        <translation>rusak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="889"/>
        <source>full</source>
        <translation>penuh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="890"/>
        <source>Cannot take a new customer: {0}</source>
        <translation>Tidak bisa menerima pelanggan baru: {0}</translation>
    </message>
</context>
<context>
    <name>NetworkTreeDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/network_tree.py" line="84"/>
        <source>Network tree</source>
        <extracomment>Qt role holding the device id on the name column.</extracomment>
        <translation>Pohon jaringan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/network_tree.py" line="86"/>
        <source>Green: ODP with free ports · amber: 80 % or more used · red: full or faulty (cannot take a new customer)</source>
        <translation>Hijau: ODP dengan port bebas · kuning: 80 % atau lebih terpakai · merah: penuh atau rusak (tidak bisa menerima pelanggan baru)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/network_tree.py" line="95"/>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/network_tree.py" line="98"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/network_tree.py" line="132"/>
        <source>No network devices yet.</source>
        <translation>Belum ada perangkat jaringan.</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="37"/>
        <source>New IP pool from CIDR</source>
        <translation>Pool IP baru dari CIDR</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="37"/>
        <source>Create pool</source>
        <translation>Buat pool</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="39"/>
        <source>e.g. Pelanggan Denpasar</source>
        <translation>misalnya Pelanggan Denpasar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="52"/>
        <source>Net&amp;work (CIDR):</source>
        <translation>&amp;Jaringan (CIDR):</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="56"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="57"/>
        <source>DNS &amp;1:</source>
        <translation>DNS &amp;1:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="58"/>
        <source>DNS &amp;2:</source>
        <translation>DNS &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="61"/>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="77"/>
        <source>Type the network, e.g. 10.20.0.0/24.</source>
        <translation>Ketik jaringannya, misalnya 10.20.0.0/24.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/ip_dialogs.py" line="85"/>
        <source>{0} usable addresses: {1} – {2}</source>
        <translation>{0} alamat bisa dipakai: {1} – {2}</translation>
    </message>
</context>
<context>
    <name>NewProformaDialog</name>
    <message>
        <location filename="../../ispdesk/ui/documents/forms.py" line="123"/>
        <source>New proforma invoice</source>
        <translation>Tagihan proforma baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/forms.py" line="124"/>
        <source>PPN is added to the installation fee and the prepaid months, not to the deposit.</source>
        <translation>PPN ditambahkan pada biaya instalasi dan bulan dibayar di muka, tidak pada deposit.</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="47"/>
        <source>Open shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="52"/>
        <source>Open shift (Enter)</source>
        <translation>Buka shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="54"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="59"/>
        <source>Count the money in the drawer before the first customer and type it here.</source>
        <translation>Hitung uang di laci sebelum pelanggan pertama dan ketik di sini.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="62"/>
        <source>&amp;Opening float:</source>
        <translation>&amp;Modal awal laci:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="64"/>
        <source>Cashier:</source>
        <translation>Kasir:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="65"/>
        <source>Workstation:</source>
        <translation>Komputer:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="89"/>
        <source>The float cannot be negative.</source>
        <translation>Modal awal tidak boleh negatif.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="38"/>
        <source>New package</source>
        <translation>Paket baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="38"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="39"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="51"/>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="61"/>
        <source>Needs a public IP address</source>
        <translation>Perlu alamat IP publik</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="66"/>
        <source>Active (offered to new customers)</source>
        <translation>Aktif (ditawarkan ke pelanggan baru)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="70"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="74"/>
        <source>&amp;Speed (Mbps):</source>
        <translation>&amp;Kecepatan (Mbps):</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="76"/>
        <source>Monthly &amp;price:</source>
        <translation>&amp;Harga bulanan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="78"/>
        <source>&amp;Bandwidth profile:</source>
        <translation>Profil &amp;bandwidth:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="82"/>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="93"/>
        <source>{0} Mbps down / {1} up</source>
        <translation>{0} Mbps unduh / {1} unggah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="96"/>
        <source>, burst {0}/{1}</source>
        <translation>, burst {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="100"/>
        <source>, priority {0}</source>
        <translation>, prioritas {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="114"/>
        <source>(no profile)</source>
        <translation>(tanpa profil)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="118"/>
        <source> (inactive)</source>
        <translation> (nonaktif)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="123"/>
        <source>No active bandwidth profile yet: add one on the Bandwidth profiles tab.</source>
        <translation>Belum ada profil bandwidth yang aktif: tambahkan di tab Profil bandwidth.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/package_dialog.py" line="144"/>
        <source>The package says {0} Mbps but {1} gives {2} Mbps down: customers get the profile&apos;s rate.</source>
        <translation>Paket menyebut {0} Mbps tetapi {1} memberi {2} Mbps unduh: pelanggan mendapat kecepatan profil.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="27"/>
        <source>Invoice</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="27"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="28"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="28"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="29"/>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="29"/>
        <source>Days overdue</source>
        <translation>Hari menunggak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="30"/>
        <source>This payment</source>
        <translation>Pembayaran ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="32"/>
        <source>Tick the invoices the customer pays (Space). With none ticked, the payment goes to the oldest invoices first.</source>
        <translation>Centang invoice yang dibayar pelanggan (Spasi). Tanpa centang, pembayaran masuk ke invoice terlama dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="34"/>
        <source>What each invoice gets from the amount typed: the ticked invoices, or the oldest first when none is ticked.</source>
        <translation>Bagian setiap invoice dari jumlah yang diketik: invoice yang dicentang, atau yang terlama dulu bila tidak ada yang dicentang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="64"/>
        <source>Take payment</source>
        <translation>Terima pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="92"/>
        <source>Customer number, name, phone, address, invoice number or scan</source>
        <translation>Nomor pelanggan, nama, telepon, alamat, nomor tagihan, atau pindai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="40"/>
        <source>&amp;Amount received:</source>
        <extracomment>The methods in screen order with their F-key.</extracomment>
        <translation>&amp;Uang diterima:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="46"/>
        <source>&amp;Cash</source>
        <translation>&amp;Tunai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="47"/>
        <source>&amp;Transfer</source>
        <translation>T&amp;ransfer</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="48"/>
        <source>&amp;QRIS</source>
        <translation>&amp;QRIS</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="49"/>
        <source>&amp;Midtrans</source>
        <translation>&amp;Midtrans</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="50"/>
        <source>Ot&amp;her</source>
        <translation>&amp;Lainnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="63"/>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferensi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="66"/>
        <source>&amp;Use credit</source>
        <translation>&amp;Pakai saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="68"/>
        <source>&amp;Keep excess as credit</source>
        <translation>&amp;Simpan kelebihan sebagai saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="70"/>
        <source>&amp;Partial payment</source>
        <translation>Bayar seb&amp;agian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="72"/>
        <source>Pay less than the total due, oldest invoice first</source>
        <translation>Bayar kurang dari total tagihan, tagihan terlama dulu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="128"/>
        <source>CHANGE</source>
        <translation>KEMBALIAN</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="139"/>
        <source>Confirm (Enter)</source>
        <translation>Konfirmasi (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="141"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="164"/>
        <source>Total due:</source>
        <translation>Total tagihan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_entry.py" line="82"/>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="233"/>
        <source>&lt;i&gt;Find a customer to see what they owe.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cari pelanggan untuk melihat tagihannya.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="276"/>
        <source>No open shift: cash cannot be taken.</source>
        <translation>Tidak ada shift terbuka: uang tunai tidak bisa diterima.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="279"/>
        <source>Shift {0} open since {1}</source>
        <translation>Shift {0} terbuka sejak {1}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="285"/>
        <source>You have no open shift, so cash cannot be taken. Open a shift with the float in the drawer.</source>
        <translation>Anda belum membuka shift, jadi uang tunai tidak bisa diterima. Buka shift dengan modal awal di laci.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="286"/>
        <source>Open shift…</source>
        <translation>Buka shift…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="297"/>
        <source>Shift {0} is open.</source>
        <translation>Shift {0} terbuka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="345"/>
        <source>No customer matches “{0}”.</source>
        <translation>Tidak ada pelanggan yang cocok dengan “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="389"/>
        <source>Credit balance: {0}</source>
        <translation>Saldo kredit: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="403"/>
        <source>Find the customer first.</source>
        <translation>Cari pelanggan dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="429"/>
        <source>&lt;i&gt;Type the amount received.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ketik uang yang diterima.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="145"/>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="146"/>
        <source>{0} left</source>
        <translation>sisa {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="150"/>
        <source>Credit used: {0}</source>
        <translation>Saldo kredit dipakai: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="153"/>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="520"/>
        <source>Kept as credit: {0}</source>
        <translation>Disimpan sebagai saldo kredit: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_invoices.py" line="155"/>
        <source>&lt;i&gt;Nothing to pay.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tidak ada yang harus dibayar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="451"/>
        <source>A {0} payment needs its reference number.</source>
        <translation>Pembayaran {0} memerlukan nomor referensi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="476"/>
        <source>Posting the payment…</source>
        <translation>Membukukan pembayaran…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="496"/>
        <source>{0} The invoices are shown again as they are now.</source>
        <translation>{0} Tagihan ditampilkan lagi sesuai keadaan sekarang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="502"/>
        <source>The connection to the database was lost while posting. What you typed is kept; Retry posts this payment exactly once (it finds the first attempt if that got through).</source>
        <translation>Koneksi ke database terputus saat membukukan. Isian Anda tetap ada; Coba lagi membukukan pembayaran ini tepat satu kali (percobaan pertama ditemukan bila sudah masuk).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="504"/>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="508"/>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="513"/>
        <source>Receipt {0} was already posted by the first attempt; nothing was posted twice.</source>
        <translation>Kuitansi {0} sudah dibukukan pada percobaan pertama; tidak ada yang dibukukan dua kali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="515"/>
        <source>Receipt {0} posted.</source>
        <translation>Kuitansi {0} dibukukan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="518"/>
        <source>Change: {0}</source>
        <translation>Kembalian: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/payment_dialog.py" line="530"/>
        <source>The payment is posted, but the receipt did not print: {0}. Reprint it from the Payments tab.</source>
        <translation>Pembayaran sudah dibukukan, tetapi kuitansi tidak tercetak: {0}. Cetak ulang dari tab Pembayaran.</translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="22"/>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="23"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="24"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="25"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="26"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="27"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="28"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="57"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="59"/>
        <source>Each change is saved at once and applies at the user&apos;s next login.</source>
        <translation>Setiap perubahan langsung disimpan dan berlaku saat pengguna login berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="61"/>
        <source>Your role may look at the permissions but not change them.</source>
        <translation>Peran Anda boleh melihat hak akses tetapi tidak boleh mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="184"/>
        <source>{role} may now {action} in {module}.</source>
        <translation>{role} sekarang boleh {action} di {module}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="185"/>
        <source>{role} may no longer {action} in {module}.</source>
        <translation>{role} tidak boleh lagi {action} di {module}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/permissions_editor.py" line="201"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="31"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="32"/>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="33"/>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="34"/>
        <source>Proposal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="35"/>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="36"/>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="37"/>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="150"/>
        <source>Lead pipeline</source>
        <translation>Pipeline prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="171"/>
        <source>Drag a card to another column, or press Ctrl+Right / Ctrl+Left. Your own leads are in bold and come first.</source>
        <translation>Seret kartu ke kolom lain, atau tekan Ctrl+Kanan / Ctrl+Kiri. Prospek Anda sendiri dicetak tebal dan tampil paling atas.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="176"/>
        <source>Reassign…</source>
        <translation>Alihkan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="178"/>
        <source>Give the selected lead to another sales user (supervisors)</source>
        <translation>Alihkan prospek yang dipilih ke sales lain (supervisor)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="181"/>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="183"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="225"/>
        <source>Sales: {0}</source>
        <translation>Sales: {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="269"/>
        <source>Select a card first.</source>
        <translation>Pilih kartu dulu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="279"/>
        <source>Reassign lead</source>
        <translation>Alihkan prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="280"/>
        <source>Sales user</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="292"/>
        <source>{0} reassigned.</source>
        <translation>{0} dialihkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="314"/>
        <source>Lead lost</source>
        <translation>Prospek gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="315"/>
        <source>Why was the lead lost?</source>
        <translation>Mengapa prospek gagal?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/pipeline_board.py" line="338"/>
        <source>{0} moved to {1}.</source>
        <translation>{0} dipindah ke {1}.</translation>
    </message>
</context>
<context>
    <name>PrintPeriodDialog</name>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="92"/>
        <source>Print invoices of a period</source>
        <translation>Cetak tagihan satu periode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="104"/>
        <source>One PDF with every invoice</source>
        <translation>Satu PDF berisi semua tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="106"/>
        <source>A folder with one PDF per invoice</source>
        <translation>Satu folder, satu PDF per tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="114"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="120"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="121"/>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="122"/>
        <source>Output</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="124"/>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="130"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="142"/>
        <source>Save invoices as</source>
        <translation>Simpan tagihan sebagai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="144"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="146"/>
        <source>Folder for the invoices</source>
        <translation>Folder untuk tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="154"/>
        <source>Choose where to save the invoices.</source>
        <translation>Pilih tempat menyimpan tagihan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="179"/>
        <source>Printing cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/dialogs.py" line="198"/>
        <source>Printing cancelled; no PDF was left half-written.</source>
        <translation>Pencetakan dibatalkan; tidak ada PDF yang tertinggal setengah jadi.</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderLinesDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="30"/>
        <source>Purchase order lines</source>
        <translation>Baris pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="30"/>
        <source>&amp;Save lines</source>
        <translation>&amp;Simpan baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="34"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="39"/>
        <source>&amp;Add line</source>
        <translation>&amp;Tambah baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="41"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="67"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; to {1} ({2})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ke {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="77"/>
        <source>Only a draft&apos;s lines can change.</source>
        <translation>Hanya baris draf yang bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="85"/>
        <source>— choose an item —</source>
        <translation>— pilih barang —</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/po_lines_dialog.py" line="145"/>
        <source>Total: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="891"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="892"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="893"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="894"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="895"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="896"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="897"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="898"/>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk s&amp;emua</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="899"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="900"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="901"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="902"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="903"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="904"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="905"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="906"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="907"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="908"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>ReceivingDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="28"/>
        <source>Receive delivery</source>
        <translation>Terima kiriman</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="28"/>
        <source>&amp;Receive (Enter)</source>
        <translation>&amp;Terima (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="32"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="38"/>
        <source>Accept &amp;more than ordered</source>
        <translation>Terima &amp;lebih dari pesanan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="42"/>
        <source>Delivery note no., remarks</source>
        <translation>No. surat jalan, keterangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="46"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="61"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; from {1} — {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; dari {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="85"/>
        <source>Only an ordered purchase order can be received; this one is {0}.</source>
        <translation>Hanya pesanan pembelian yang sudah dipesan yang bisa diterima; pesanan ini berstatus {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/receiving_dialog.py" line="108"/>
        <source>Line {0}: {1}</source>
        <translation>Baris {0}: {1}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="57"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="68"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;*&lt;/span&gt; required</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;*&lt;/span&gt; wajib diisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="88"/>
        <source>{0}: new record</source>
        <translation>{0}: data baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="89"/>
        <source>{0} #{1}</source>
        <translation>{0} #{1}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="181"/>
        <source>Connection lost: the record could not be read.</source>
        <translation>Koneksi terputus: data tidak bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="182"/>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="249"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="211"/>
        <source>{0} is required.</source>
        <translation>{0} wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="225"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/record_form.py" line="247"/>
        <source>Connection lost before the save was confirmed. Your input is kept: check whether it was saved, then retry.</source>
        <translation>Koneksi terputus sebelum penyimpanan dikonfirmasi. Isian Anda tetap ada: periksa apakah sudah tersimpan, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ispdesk/ui/sales/region_picker.py" line="32"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/region_picker.py" line="33"/>
        <source>Kabupaten / kota</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/region_picker.py" line="34"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/region_picker.py" line="35"/>
        <source>Kelurahan / desa</source>
        <translation>Kelurahan / desa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/region_picker.py" line="36"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
</context>
<context>
    <name>RequestCreditNoteDialog</name>
    <message>
        <location filename="../../ispdesk/ui/documents/forms.py" line="147"/>
        <source>Credit note</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/documents/forms.py" line="148"/>
        <source>Credit on invoice {0}. Leave the amount empty to credit all that is left; a supervisor approves it on the Credit notes tab.</source>
        <translation>Kredit atas tagihan {0}. Kosongkan jumlah untuk mengkreditkan seluruh sisanya; supervisor menyetujuinya di tab Nota kredit.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="195"/>
        <source>New password for {0}</source>
        <translation>Kata sandi baru untuk {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="197"/>
        <source>The user logs in with this password from now on; a lock after failed logins is lifted.</source>
        <translation>Mulai sekarang pengguna login dengan kata sandi ini; kunci karena login gagal dibuka.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="202"/>
        <source>Set password</source>
        <translation>Simpan kata sandi</translation>
    </message>
</context>
<context>
    <name>RunBillingDialog</name>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="39"/>
        <source>Run billing</source>
        <translation>Jalankan penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="42"/>
        <source>Creates one invoice per subscription and period for every active subscription whose next billing date is on or before this date. Running it again never bills anyone twice.</source>
        <translation>Membuat satu tagihan per langganan dan periode untuk setiap langganan aktif yang tanggal tagih berikutnya jatuh pada atau sebelum tanggal ini. Menjalankannya lagi tidak pernah menagih siapa pun dua kali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="55"/>
        <source>%v of %m subscriptions</source>
        <translation>%v dari %m langganan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="61"/>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="64"/>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="67"/>
        <source>Bill up to</source>
        <translation>Tagih sampai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="121"/>
        <source>Stopping after the current chunk…</source>
        <translation>Berhenti setelah bagian yang sedang diproses…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="153"/>
        <source>Cancelled: {0} invoices were created before the stop; run again to bill the rest.</source>
        <translation>Dibatalkan: {0} tagihan sudah dibuat sebelum berhenti; jalankan lagi untuk menagih sisanya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="155"/>
        <source>Done: {0} invoices created.</source>
        <translation>Selesai: {0} tagihan dibuat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_dialog.py" line="157"/>
        <source>Skipped: {0}. Failed: {1}. Subscriptions due: {2}. Time: {3} s.</source>
        <translation>Dilewati: {0}. Gagal: {1}. Langganan jatuh tempo: {2}. Waktu: {3} detik.</translation>
    </message>
</context>
<context>
    <name>RunLogDialog</name>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="26"/>
        <source>Billing run log</source>
        <translation>Log proses penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="30"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="30"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="30"/>
        <source>Invoice</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="31"/>
        <source>Reason / period</source>
        <translation>Alasan / periode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="35"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="50"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="50"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="50"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/run_log_dialog.py" line="63"/>
        <source>{0} created, {1} skipped, {2} failed</source>
        <translation>{0} dibuat, {1} dilewati, {2} gagal</translation>
    </message>
</context>
<context>
    <name>RupiahEdit</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/fields.py" line="44"/>
        <source>Not an amount; type it like 150.000</source>
        <translation>Bukan jumlah uang; ketik seperti 150.000</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="47"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="48"/>
        <source>Company name</source>
        <translation>Nama perusahaan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="49"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="50"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="51"/>
        <source>NPWP (tax number)</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="52"/>
        <source>Bank accounts</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="54"/>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="55"/>
        <source>Registered for VAT (PKP)</source>
        <translation>Pengusaha Kena Pajak (PKP)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="56"/>
        <source>VAT rate (%)</source>
        <translation>Tarif PPN (%)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="57"/>
        <source>Tax base numerator</source>
        <translation>Pembilang DPP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="58"/>
        <source>Tax base denominator</source>
        <translation>Penyebut DPP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="60"/>
        <source>Package prices include VAT</source>
        <translation>Harga paket sudah termasuk PPN</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="62"/>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="63"/>
        <source>Days until due</source>
        <translation>Hari sampai jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="64"/>
        <source>Late fee</source>
        <translation>Denda keterlambatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="65"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="66"/>
        <source>Fixed amount</source>
        <translation>Jumlah tetap</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="67"/>
        <source>Percent of the invoice</source>
        <translation>Persen dari tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="68"/>
        <source>Late fee amount or percent</source>
        <translation>Jumlah atau persen denda</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="70"/>
        <source>Suspend after days overdue</source>
        <translation>Isolir setelah hari terlambat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="73"/>
        <source>Payments and referrals</source>
        <translation>Pembayaran dan referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="74"/>
        <source>Static QRIS payload</source>
        <translation>Payload QRIS statis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="75"/>
        <source>Referral reward</source>
        <translation>Hadiah referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="76"/>
        <source>Account credit</source>
        <translation>Saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="77"/>
        <source>Discount on the next invoice</source>
        <translation>Potongan pada tagihan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="78"/>
        <source>Referral reward amount</source>
        <translation>Jumlah hadiah referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="80"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="81"/>
        <source>Terms printed on contracts</source>
        <translation>Ketentuan yang dicetak pada kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="166"/>
        <source>Office settings are shared by every counter.</source>
        <translation>Pengaturan kantor berlaku untuk semua loket.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="168"/>
        <source>Office settings are shared by every counter. Your role may look at them but not change them.</source>
        <translation>Pengaturan kantor berlaku untuk semua loket. Peran Anda boleh melihat tetapi tidak mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="188"/>
        <source>This workstation</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="198"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="201"/>
        <source>A new language applies the next time ISPDesk starts.</source>
        <translation>Bahasa baru berlaku saat ISPDesk dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="211"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="233"/>
        <source>none: receipts open in the preview</source>
        <translation>tidak ada: kuitansi dibuka di pratinjau</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="234"/>
        <source>A network printer as host:9100, or a USB printer&apos;s device such as /dev/usb/lp0</source>
        <translation>Printer jaringan sebagai host:9100, atau perangkat printer USB seperti /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="239"/>
        <source>80 mm roll</source>
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="239"/>
        <source>58 mm roll</source>
        <translation>Gulungan 58 mm</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="243"/>
        <source>Receipt printer (ESC/POS)</source>
        <translation>Printer kuitansi (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="244"/>
        <source>Receipt paper</source>
        <translation>Kertas kuitansi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="292"/>
        <location filename="../../ispdesk/ui/settings_screen.py" line="298"/>
        <source>The language is saved; it applies the next time ISPDesk starts.</source>
        <translation>Bahasa disimpan; berlaku saat ISPDesk dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="293"/>
        <location filename="../../ispdesk/ui/settings_screen.py" line="299"/>
        <source>Nothing to save.</source>
        <translation>Tidak ada yang perlu disimpan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="314"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="316"/>
        <source>The new language applies the next time ISPDesk starts.</source>
        <translation>Bahasa baru berlaku saat ISPDesk dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/settings_screen.py" line="285"/>
        <location filename="../../ispdesk/ui/settings_screen.py" line="325"/>
        <source>Check the fields marked in red.</source>
        <translation>Periksa isian yang ditandai merah.</translation>
    </message>
</context>
<context>
    <name>ShiftResultView</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="120"/>
        <source>Expected cash</source>
        <translation>Tunai seharusnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="121"/>
        <source>Counted cash</source>
        <translation>Tunai dihitung</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="122"/>
        <source>Variance</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="129"/>
        <source>Shift {0} of {1} is closed ({2}).</source>
        <translation>Shift {0} milik {1} sudah ditutup ({2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="139"/>
        <source>The drawer matches.</source>
        <translation>Isi laci cocok.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="141"/>
        <source>The drawer holds more than expected.</source>
        <translation>Isi laci lebih dari seharusnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/shift_dialogs.py" line="143"/>
        <source>The drawer holds less than expected.</source>
        <translation>Isi laci kurang dari seharusnya.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="26"/>
        <source>Sign contract</source>
        <translation>Tanda tangani kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="26"/>
        <source>Sign (Ctrl+Enter)</source>
        <translation>Tanda tangan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="29"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="32"/>
        <source>Loading the contract…</source>
        <translation>Memuat kontrak…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="38"/>
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="42"/>
        <source>&amp;Clear</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="56"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Nama penanda tangan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="58"/>
        <source>Signature:</source>
        <translation>Tanda tangan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="70"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="74"/>
        <source>Signed by {0} on {1}; a signed contract is not signed again.</source>
        <translation>Ditandatangani oleh {0} pada {1}; kontrak yang sudah ditandatangani tidak ditandatangani lagi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="79"/>
        <source>Signing makes this draft contract active.</source>
        <translation>Menandatangani membuat draf kontrak ini aktif.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/sales/sign_dialog.py" line="81"/>
        <source>This contract has ended; it is not signed any more.</source>
        <translation>Kontrak ini sudah berakhir; tidak ditandatangani lagi.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/signature_pad.py" line="24"/>
        <source>The customer signs here</source>
        <translation>Pelanggan tanda tangan di sini</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="8"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="9"/>
        <source>Customer no.</source>
        <translation>No. pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="10"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="11"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="12"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="13"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="14"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="15"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="16"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="17"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="18"/>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="19"/>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="20"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="21"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="22"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="24"/>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="25"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="26"/>
        <source>Suspended</source>
        <translation>Diisolir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="27"/>
        <source>Terminated</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="28"/>
        <source>Credit</source>
        <translation>Saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="29"/>
        <source>Referral code</source>
        <translation>Kode referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="30"/>
        <source>Referred by</source>
        <translation>Direferensikan oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="31"/>
        <source>Never suspend</source>
        <translation>Jangan pernah diisolir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="32"/>
        <source>Suspension postponed to</source>
        <translation>Isolir ditunda sampai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="33"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="34"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="35"/>
        <source>Updated</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="36"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="37"/>
        <source>Payment no.</source>
        <translation>No. pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="38"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="39"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="40"/>
        <source>Invoice</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="41"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="42"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="43"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="44"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="45"/>
        <source>Qris</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="46"/>
        <source>Midtrans</source>
        <translation>Midtrans</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="47"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="48"/>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="49"/>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="50"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="51"/>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="52"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="53"/>
        <source>From credit</source>
        <translation>Dari saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="54"/>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="55"/>
        <source>Voided at</source>
        <translation>Dibatalkan pada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="56"/>
        <source>Void reason</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="57"/>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="58"/>
        <source>Invoice no.</source>
        <translation>No. tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="59"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="60"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="61"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="62"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="63"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="64"/>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="65"/>
        <source>Late fee</source>
        <translation>Denda keterlambatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="66"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="67"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="68"/>
        <source>Outstanding</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="69"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="70"/>
        <source>Unpaid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="71"/>
        <source>Partial</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="72"/>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="73"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="74"/>
        <source>Paid at</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="75"/>
        <source>Promotion</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="76"/>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="77"/>
        <source>Cash shifts</source>
        <translation>Shift kas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="78"/>
        <source>Shift no.</source>
        <translation>No. shift</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="79"/>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="80"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="81"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="82"/>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="83"/>
        <source>Opening float</source>
        <translation>Modal awal laci</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="84"/>
        <source>Closed by</source>
        <translation>Ditutup oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="85"/>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="86"/>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="87"/>
        <source>Variance</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="88"/>
        <source>Denominations</source>
        <translation>Pecahan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="89"/>
        <source>Workstation</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="90"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="91"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="92"/>
        <source>Speed (Mbps)</source>
        <translation>Kecepatan (Mbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="93"/>
        <source>Monthly price</source>
        <translation>Harga bulanan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="94"/>
        <source>Bandwidth profile</source>
        <translation>Profil bandwidth</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="95"/>
        <source>Public IP</source>
        <translation>IP publik</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="96"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="97"/>
        <source>Subscriptions</source>
        <translation>Langganan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="98"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="99"/>
        <source>Billing day</source>
        <translation>Tanggal tagih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="100"/>
        <source>Next billing</source>
        <translation>Tagihan berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="101"/>
        <source>Last billed</source>
        <translation>Terakhir ditagih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="102"/>
        <source>Activated</source>
        <translation>Diaktifkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="103"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="104"/>
        <source>Next package</source>
        <translation>Paket berikutnya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="105"/>
        <source>Promotions</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="106"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="107"/>
        <source>Discount percent</source>
        <translation>Diskon persen</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="108"/>
        <source>Discount amount</source>
        <translation>Diskon nominal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="109"/>
        <source>Free months</source>
        <translation>Gratis bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="110"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="111"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="112"/>
        <source>Percent for a percentage discount, Rupiah for an amount or cashback, months for free months</source>
        <translation>Persen untuk diskon persen, Rupiah untuk diskon nominal atau cashback, bulan untuk gratis bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="113"/>
        <source>Minimum purchase</source>
        <translation>Pembelian minimum</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="114"/>
        <source>Maximum discount</source>
        <translation>Diskon maksimum</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="115"/>
        <source>Packages (ids)</source>
        <translation>Paket (id)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="116"/>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="117"/>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="118"/>
        <source>Usage limit</source>
        <translation>Batas pemakaian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="119"/>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="120"/>
        <source>Terms</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="121"/>
        <source>Proforma invoices</source>
        <translation>Tagihan proforma</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="122"/>
        <source>Proforma no.</source>
        <translation>No. proforma</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="123"/>
        <source>Installation</source>
        <translation>Instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="124"/>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="125"/>
        <source>Prepaid months</source>
        <translation>Bulan dibayar di muka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="126"/>
        <source>Prepaid</source>
        <translation>Dibayar di muka</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="127"/>
        <source>Credit notes</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="128"/>
        <source>Credit note no.</source>
        <translation>No. nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="129"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="130"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="131"/>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="132"/>
        <source>Requested by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="133"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="134"/>
        <source>Approved at</source>
        <translation>Disetujui pada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="135"/>
        <source>Applied to invoice</source>
        <translation>Diterapkan ke tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="136"/>
        <source>Added to credit</source>
        <translation>Ditambahkan ke saldo kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="137"/>
        <source>Billing runs</source>
        <translation>Proses penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="138"/>
        <source>Run date</source>
        <translation>Tanggal proses</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="139"/>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="140"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="141"/>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="142"/>
        <source>Finished</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="143"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="144"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="145"/>
        <source>Leads</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="146"/>
        <source>Lead no.</source>
        <translation>No. prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="147"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="148"/>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="149"/>
        <source>Whatsapp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="150"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="151"/>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="152"/>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="153"/>
        <source>Assigned to</source>
        <translation>Ditugaskan ke</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="154"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="155"/>
        <source>Contacted</source>
        <translation>Dihubungi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="156"/>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="157"/>
        <source>Proposal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="158"/>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="159"/>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="160"/>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="161"/>
        <source>Reason lost</source>
        <translation>Alasan gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="162"/>
        <source>Converted</source>
        <translation>Dikonversi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="163"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="164"/>
        <source>Contract no.</source>
        <translation>No. kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="165"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="166"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="167"/>
        <source>Monthly fee</source>
        <translation>Biaya bulanan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="168"/>
        <source>Installation fee</source>
        <translation>Biaya instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="169"/>
        <source>Duration (months)</source>
        <translation>Durasi (bulan)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="170"/>
        <source>Auto renew</source>
        <translation>Perpanjang otomatis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="171"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="172"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="173"/>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="174"/>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="175"/>
        <source>Renews</source>
        <translation>Memperpanjang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="176"/>
        <source>Referrals</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="177"/>
        <source>Referrer</source>
        <translation>Pemberi referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="178"/>
        <source>Referred customer</source>
        <translation>Pelanggan yang direferensikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="179"/>
        <source>Rewarded</source>
        <translation>Sudah diberi hadiah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="180"/>
        <source>Referral rewards</source>
        <translation>Hadiah referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="181"/>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="182"/>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="183"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="184"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="185"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="186"/>
        <source>Push</source>
        <translation>Notifikasi push</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="187"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="188"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="189"/>
        <source>Target filter</source>
        <translation>Filter sasaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="190"/>
        <source>Scheduled</source>
        <translation>Dijadwalkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="191"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="192"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="193"/>
        <source>Campaign recipients</source>
        <translation>Penerima kampanye</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="194"/>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="195"/>
        <source>Sent to</source>
        <translation>Dikirim ke</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="196"/>
        <source>Delivered</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="197"/>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="198"/>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="199"/>
        <source>Inventory</source>
        <translation>Stok barang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="200"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="201"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="202"/>
        <source>Ont</source>
        <translation>ONT</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="203"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="204"/>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="205"/>
        <source>Connector</source>
        <translation>Konektor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="206"/>
        <source>Tools</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="207"/>
        <source>Accessories</source>
        <translation>Aksesori</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="208"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="209"/>
        <source>In stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="210"/>
        <source>Changes only through stock movements (receipts, issues, adjustments)</source>
        <translation>Hanya berubah melalui mutasi stok (penerimaan, pengeluaran, penyesuaian)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="211"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="212"/>
        <source>Purchase price</source>
        <translation>Harga beli</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="213"/>
        <source>Selling price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="214"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="215"/>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="216"/>
        <source>Stock movements</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="217"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="218"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="219"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="220"/>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="221"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="222"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="223"/>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="224"/>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="225"/>
        <source>Reference id</source>
        <translation>Id referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="226"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="227"/>
        <source>Serial numbers</source>
        <translation>Nomor seri</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="228"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="229"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="230"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="231"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="232"/>
        <source>Payment terms</source>
        <translation>Syarat pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="233"/>
        <source>Purchase orders</source>
        <translation>Pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="234"/>
        <source>PO no.</source>
        <translation>No. PO</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="235"/>
        <source>Ordered</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="236"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="237"/>
        <source>The sum of the order&apos;s lines</source>
        <translation>Jumlah semua baris pesanan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="238"/>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="239"/>
        <source>Purchase order lines</source>
        <translation>Baris pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="240"/>
        <source>Purchase order</source>
        <translation>Pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="241"/>
        <source>Line total</source>
        <translation>Total baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="242"/>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="243"/>
        <source>Asset code</source>
        <translation>Kode aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="244"/>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="245"/>
        <source>Equipment</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="246"/>
        <source>Furniture</source>
        <translation>Perabot</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="247"/>
        <source>Electronics</source>
        <translation>Elektronik</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="248"/>
        <source>Building</source>
        <translation>Bangunan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="249"/>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="250"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="251"/>
        <source>Serial no.</source>
        <translation>No. seri</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="252"/>
        <source>Purchased</source>
        <translation>Dibeli</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="253"/>
        <source>Current value</source>
        <translation>Nilai saat ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="254"/>
        <source>Depreciation (%/year)</source>
        <translation>Penyusutan (%/tahun)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="255"/>
        <source>Maintenance</source>
        <translation>Perawatan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="256"/>
        <source>Disposed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="257"/>
        <source>Network devices</source>
        <translation>Perangkat jaringan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="258"/>
        <source>Olt</source>
        <translation>OLT</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="259"/>
        <source>Odp</source>
        <translation>ODP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="260"/>
        <source>Odc</source>
        <translation>ODC</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="261"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="262"/>
        <source>Ap</source>
        <translation>Access point</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="263"/>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="264"/>
        <source>MAC address</source>
        <translation>Alamat MAC</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="265"/>
        <source>Ports</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="266"/>
        <source>Used ports</source>
        <translation>Port terpakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="267"/>
        <source>Parent</source>
        <translation>Induk</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="268"/>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="269"/>
        <source>Faulty</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="270"/>
        <source>Installed</source>
        <translation>Terpasang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="271"/>
        <source>IP pools</source>
        <translation>Pool IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="272"/>
        <source>Network (CIDR)</source>
        <translation>Jaringan (CIDR)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="273"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="274"/>
        <source>DNS 1</source>
        <translation>DNS 1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="275"/>
        <source>DNS 2</source>
        <translation>DNS 2</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="276"/>
        <source>Public</source>
        <translation>Publik</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="277"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="278"/>
        <source>Management</source>
        <translation>Manajemen</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="279"/>
        <source>IP addresses</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="280"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="281"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="282"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="283"/>
        <source>Assigned</source>
        <translation>Dialokasikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="284"/>
        <source>Reserved</source>
        <translation>Dicadangkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="285"/>
        <source>Blocked</source>
        <translation>Diblokir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="286"/>
        <source>Bandwidth profiles</source>
        <translation>Profil bandwidth</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="287"/>
        <source>Download (kbps)</source>
        <translation>Unduh (kbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="288"/>
        <source>Upload (kbps)</source>
        <translation>Unggah (kbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="289"/>
        <source>Burst down (kbps)</source>
        <translation>Burst unduh (kbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="290"/>
        <source>Burst up (kbps)</source>
        <translation>Burst unggah (kbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="291"/>
        <source>Burst threshold (%)</source>
        <translation>Ambang burst (%)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="292"/>
        <source>Burst time (s)</source>
        <translation>Waktu burst (detik)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="293"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="294"/>
        <source>1 (highest) to 8 (lowest), as on MikroTik</source>
        <translation>1 (tertinggi) sampai 8 (terendah), seperti di MikroTik</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="295"/>
        <source>Packages using it</source>
        <translation>Paket yang memakainya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="296"/>
        <source>Active packages with this profile</source>
        <translation>Paket aktif dengan profil ini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="297"/>
        <source>Work orders</source>
        <translation>Perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="298"/>
        <source>WO no.</source>
        <translation>No. PK</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="299"/>
        <source>Repair</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="300"/>
        <source>Relocation</source>
        <translation>Pindah lokasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="301"/>
        <source>Disconnection</source>
        <translation>Pemutusan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="302"/>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="303"/>
        <source>Technician</source>
        <translation>Teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="304"/>
        <source>Team size</source>
        <translation>Jumlah tim</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="305"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="306"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="307"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="308"/>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="309"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="310"/>
        <source>Estimate (minutes)</source>
        <translation>Perkiraan (menit)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="311"/>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="312"/>
        <source>Completion notes</source>
        <translation>Catatan penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="313"/>
        <source>Installation reports</source>
        <translation>Laporan instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="314"/>
        <source>Work order</source>
        <translation>Perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="315"/>
        <source>ONT serial</source>
        <translation>Serial ONT</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="316"/>
        <source>ONU id</source>
        <translation>ID ONU</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="317"/>
        <source>ODP</source>
        <translation>ODP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="318"/>
        <source>ODP port</source>
        <translation>Port ODP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="319"/>
        <source>Signal (dBm)</source>
        <translation>Sinyal (dBm)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="320"/>
        <source>Download (Mbps)</source>
        <translation>Unduh (Mbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="321"/>
        <source>Upload (Mbps)</source>
        <translation>Unggah (Mbps)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="322"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="323"/>
        <source>SLA policies</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="324"/>
        <source>Work order type</source>
        <translation>Jenis perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="325"/>
        <source>Response (hours)</source>
        <translation>Respons (jam)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="326"/>
        <source>Resolution (hours)</source>
        <translation>Penyelesaian (jam)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="327"/>
        <source>Technician locations</source>
        <translation>Lokasi teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="328"/>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="329"/>
        <source>Accuracy (m)</source>
        <translation>Akurasi (m)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="330"/>
        <source>Attendance</source>
        <translation>Absensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="331"/>
        <source>Employee</source>
        <translation>Karyawan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="332"/>
        <source>Location in</source>
        <translation>Lokasi masuk</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="333"/>
        <source>Location out</source>
        <translation>Lokasi keluar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="334"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="335"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="336"/>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="337"/>
        <source>Leave</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="338"/>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="339"/>
        <source>Holiday</source>
        <translation>Libur</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="340"/>
        <source>Leaves</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="341"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="342"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="343"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="344"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="345"/>
        <source>Leave types</source>
        <translation>Jenis cuti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="346"/>
        <source>Days per year</source>
        <translation>Hari per tahun</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="347"/>
        <source>Needs approval</source>
        <translation>Perlu persetujuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="348"/>
        <source>Payroll</source>
        <translation>Penggajian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="349"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="350"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="351"/>
        <source>Basic salary</source>
        <translation>Gaji pokok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="352"/>
        <source>Allowances</source>
        <translation>Tunjangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="353"/>
        <source>Overtime</source>
        <translation>Lembur</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="354"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="355"/>
        <source>Deductions</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="356"/>
        <source>Net salary</source>
        <translation>Gaji bersih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="357"/>
        <source>Customer messages</source>
        <translation>Pesan pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="358"/>
        <source>Broadcast</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="359"/>
        <source>Individual</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="360"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="361"/>
        <source>Sent by</source>
        <translation>Dikirim oleh</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="362"/>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="363"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="364"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="365"/>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="366"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="367"/>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="368"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="369"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="370"/>
        <source>Views</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="371"/>
        <source>Knowledge base categories</source>
        <translation>Kategori basis pengetahuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="372"/>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="373"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="374"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="375"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="376"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="377"/>
        <source>Id</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="378"/>
        <source>En</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="379"/>
        <source>Failed logins</source>
        <translation>Login gagal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="380"/>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="381"/>
        <source>Last login</source>
        <translation>Login terakhir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="382"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="383"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="384"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="385"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="386"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="387"/>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="388"/>
        <source>Record id</source>
        <translation>Id data</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="389"/>
        <source>Workstation address</source>
        <translation>Alamat komputer</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="390"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="391"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="392"/>
        <source>Old values</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="393"/>
        <source>New values</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="394"/>
        <source>API keys</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="395"/>
        <source>Key prefix</source>
        <translation>Awalan kunci</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="396"/>
        <source>Scopes</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="397"/>
        <source>Last used</source>
        <translation>Terakhir dipakai</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="398"/>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="399"/>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="400"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="401"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="402"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="403"/>
        <source>Size (bytes)</source>
        <translation>Ukuran (byte)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="404"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="405"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="406"/>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="407"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="408"/>
        <source>Pre migration</source>
        <translation>Sebelum migrasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="409"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="410"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="411"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="412"/>
        <source>Warehouse</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="413"/>
        <source>Hr</source>
        <translation>HRD</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="414"/>
        <source>Proration</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="415"/>
        <source>Overpayment</source>
        <translation>Kelebihan bayar</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="416"/>
        <source>Credit note</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="417"/>
        <source>Referral reward</source>
        <translation>Hadiah referral</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="418"/>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="419"/>
        <source>Reversal</source>
        <translation>Pembalikan</translation>
    </message>
</context>
<context>
    <name>StockCardDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="27"/>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="112"/>
        <source>Stock card</source>
        <translation>Kartu stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="27"/>
        <source>&amp;Older movements</source>
        <translation>Mutasi &amp;lebih lama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="33"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="48"/>
        <source>&amp;Print period…</source>
        <translation>&amp;Cetak periode…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="50"/>
        <source>&amp;Export period…</source>
        <translation>&amp;Ekspor periode…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="53"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="75"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} — in stock: &lt;b&gt;{2} {3}&lt;/b&gt; (minimum {4}); {5} movements, {6} shown</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} — stok: &lt;b&gt;{2} {3}&lt;/b&gt; (minimum {4}); {5} mutasi, {6} ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="116"/>
        <source>Export stock card</source>
        <translation>Ekspor kartu stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="117"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_card_dialog.py" line="126"/>
        <source>{0} movements exported to {1}.</source>
        <translation>{0} mutasi diekspor ke {1}.</translation>
    </message>
</context>
<context>
    <name>StockTakeDialog</name>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="31"/>
        <source>Stock take</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="31"/>
        <source>&amp;Post differences</source>
        <translation>&amp;Bukukan selisih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="36"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="41"/>
        <source>Stock take November, shelf A</source>
        <translation>Stok opname November, rak A</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="50"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="52"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="115"/>
        <source>not a count</source>
        <translation>bukan hitungan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="124"/>
        <source>{0} items, {1} counted, {2} differ</source>
        <translation>{0} barang, {1} dihitung, {2} selisih</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="125"/>
        <source>; {0} not a count</source>
        <translation>; {0} bukan hitungan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="131"/>
        <source>Row {0}: a count is a whole number.</source>
        <translation>Baris {0}: hitungan harus bilangan bulat.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="134"/>
        <source>Type the counted quantity of at least one item.</source>
        <translation>Ketik jumlah hitungan minimal satu barang.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/warehouse/stock_take_dialog.py" line="143"/>
        <source>{0} adjustments posted.</source>
        <translation>{0} penyesuaian dibukukan.</translation>
    </message>
</context>
<context>
    <name>SupervisorFields</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="909"/>
        <source>Supervisor &amp;user:</source>
        <translation>&amp;Pengguna supervisor:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="910"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="911"/>
        <source>A supervisor must approve: their user name.</source>
        <translation>Supervisor harus menyetujui: nama penggunanya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="912"/>
        <source>The supervisor&apos;s password.</source>
        <translation>Kata sandi supervisor.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="913"/>
        <source>&lt;b&gt;Supervisor approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;Persetujuan supervisor&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SuspensionDialog</name>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="36"/>
        <source>Suspension list</source>
        <translation>Daftar isolir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="48"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="49"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="50"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="56"/>
        <source>Customer no.</source>
        <translation>No. pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="56"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="56"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="56"/>
        <source>Oldest due</source>
        <translation>Jatuh tempo terlama</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="57"/>
        <source>Days overdue</source>
        <translation>Hari menunggak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="57"/>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="57"/>
        <source>Amount overdue</source>
        <translation>Jumlah menunggak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="57"/>
        <source>Not suspended because</source>
        <translation>Tidak diisolir karena</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="69"/>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="71"/>
        <source>Overdue more than</source>
        <translation>Menunggak lebih dari</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="120"/>
        <source>{0} customers to suspend, {1} overdue; {2} held back</source>
        <translation>{0} pelanggan akan diisolir, {1} menunggak; {2} ditahan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="126"/>
        <source>Never suspend</source>
        <translation>Jangan pernah diisolir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="127"/>
        <source>Postponed until {0}</source>
        <translation>Ditunda sampai {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="143"/>
        <source>Export suspension list</source>
        <translation>Ekspor daftar isolir</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="144"/>
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/billing/suspension_dialog.py" line="155"/>
        <source>{0} customers exported to {1}</source>
        <translation>{0} pelanggan diekspor ke {1}</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="128"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="129"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="130"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="130"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="131"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="132"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="133"/>
        <source>New record (Ctrl+N)</source>
        <translation>Data baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="134"/>
        <source>Open the selected record (Enter)</source>
        <translation>Buka data yang dipilih (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="135"/>
        <source>Archive the selected record (Del)</source>
        <translation>Arsipkan data yang dipilih (Del)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="136"/>
        <source>Delete the selected record (Del)</source>
        <translation>Hapus data yang dipilih (Del)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="137"/>
        <source>Save the rows shown as CSV or Excel (Ctrl+E)</source>
        <translation>Simpan baris yang tampil sebagai CSV atau Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="138"/>
        <source>Read the rows again (F5)</source>
        <translation>Baca ulang baris (F5)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="185"/>
        <source>Search {0}…</source>
        <translation>Cari {0}…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="185"/>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="209"/>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="232"/>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="246"/>
        <source>{0}: all</source>
        <translation>{0}: semua</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="234"/>
        <source>{0}: yes</source>
        <translation>{0}: ya</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="235"/>
        <source>{0}: no</source>
        <translation>{0}: tidak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="247"/>
        <source>Only the rows of one {0}; empty shows all</source>
        <translation>Hanya baris untuk satu {0}; kosong menampilkan semua</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="348"/>
        <source>Your role ({0}) may not {1} here</source>
        <translation>Peran Anda ({0}) tidak boleh {1} di sini</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="476"/>
        <source>Archive {0}? It is no longer offered for new work; its history stays.</source>
        <translation>Arsipkan {0}? Data tidak ditawarkan lagi untuk pekerjaan baru; riwayatnya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="477"/>
        <source>Delete {0}? This cannot be undone.</source>
        <translation>Hapus {0}? Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="481"/>
        <source>{0} archived.</source>
        <translation>{0} diarsipkan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="481"/>
        <source>{0} deleted.</source>
        <translation>{0} dihapus.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="501"/>
        <source>Export {0}</source>
        <translation>Ekspor {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="502"/>
        <source>Excel workbook (*.xlsx);;CSV, comma separated (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="524"/>
        <source>Exported to {0}</source>
        <translation>Diekspor ke {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="527"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="529"/>
        <source>Exporting {0} to {1}…</source>
        <translation>Mengekspor {0} ke {1}…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="529"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="531"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="549"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="562"/>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="562"/>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="566"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="566"/>
        <source>No records yet.</source>
        <translation>Belum ada data.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="571"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="575"/>
        <source>Connection to the database lost. {0}</source>
        <translation>Koneksi ke database terputus. {0}</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/widgets/table_tab.py" line="576"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>TechnicianPositions</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="914"/>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="915"/>
        <source>{0} min ago</source>
        <translation>{0} menit lalu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="916"/>
        <source>{0} h ago</source>
        <translation>{0} jam lalu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="917"/>
        <source>±{0} m</source>
        <translation>±{0} m</translation>
    </message>
</context>
<context>
    <name>TechnicianPositionsDialog</name>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="92"/>
        <source>Technician positions</source>
        <translation>Posisi teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="106"/>
        <source>No technician has reported a position yet: import a CSV file or enter a position.</source>
        <translation>Belum ada teknisi yang melaporkan posisi: impor berkas CSV atau masukkan posisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="110"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="113"/>
        <source>A CSV file whose first line names the columns: username (or user id), latitude, longitude, recorded_at, accuracy (optional). A GPS logger&apos;s time,lat,lon export is read too: choose whose positions it holds.</source>
        <translation>Berkas CSV yang baris pertamanya menyebut kolom: username (atau id pengguna), latitude, longitude, recorded_at, accuracy (boleh kosong). Ekspor time,lat,lon dari GPS logger juga bisa dibaca: pilih posisi siapa yang ada di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="119"/>
        <source>(the file names the technician)</source>
        <translation>(berkas menyebut teknisinya)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="121"/>
        <source>&amp;Enter position…</source>
        <translation>&amp;Masukkan posisi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="124"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="136"/>
        <source>for:</source>
        <translation>untuk:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="181"/>
        <source>Reported more than a day ago</source>
        <translation>Dilaporkan lebih dari sehari lalu</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="196"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="196"/>
        <source>Entered</source>
        <translation>Dimasukkan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="196"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="206"/>
        <source>Import technician positions</source>
        <translation>Impor posisi teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="207"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="224"/>
        <source>Importing {0}…</source>
        <translation>Mengimpor {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="241"/>
        <source>Imported %n position(s)</source>
        <translation>
            <numerusform>%n posisi diimpor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="243"/>
        <source>of {0}</source>
        <translation>milik {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="245"/>
        <source>%n already there (skipped)</source>
        <translation>
            <numerusform>%n sudah ada (dilewati)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="256"/>
        <source>Nothing was imported: %n line(s) of the file are wrong.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris berkas salah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="258"/>
        <source>Fix these lines and import the file again:</source>
        <translation>Perbaiki baris-baris ini lalu impor berkasnya lagi:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/field/technician_positions.py" line="277"/>
        <source>Position saved.</source>
        <translation>Posisi disimpan.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="35"/>
        <source>Void / refund receipt</source>
        <translation>Batalkan / kembalikan dana kuitansi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="38"/>
        <source>Loading the receipt…</source>
        <translation>Memuat kuitansi…</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="44"/>
        <source>Why is this payment reversed?</source>
        <translation>Mengapa pembayaran ini dibalik?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="46"/>
        <source>&amp;Void: the money was never taken (wrong entry)</source>
        <translation>&amp;Batalkan: uang tidak pernah diterima (salah input)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="48"/>
        <source>&amp;Refund: the money is given back to the customer</source>
        <translation>&amp;Kembalikan dana: uang dikembalikan ke pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="57"/>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="65"/>
        <source>Void (Enter)</source>
        <translation>Batalkan (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="59"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="65"/>
        <source>Refund (Enter)</source>
        <translation>Kembalikan dana (Enter)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="71"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="96"/>
        <source>Receipt &lt;b&gt;{0}&lt;/b&gt; of {1} ({2}): {3} by {4}, {5}.</source>
        <translation>Kuitansi &lt;b&gt;{0}&lt;/b&gt; milik {1} ({2}): {3} melalui {4}, {5}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="100"/>
        <source>&lt;span style=&apos;color:#8a1c14&apos;&gt;It is already {0}.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a1c14&apos;&gt;Sudah {0}.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/void_dialog.py" line="124"/>
        <source>Say why the payment is reversed.</source>
        <translation>Tulis alasan pembayaran dibalik.</translation>
    </message>
</context>
<context>
    <name>WarehouseActions</name>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="918"/>
        <source>Submitted for approval (now {0}).</source>
        <translation>Diajukan untuk persetujuan (sekarang {0}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="919"/>
        <source>Marked as ordered (now {0}).</source>
        <translation>Ditandai sudah dipesan (sekarang {0}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="920"/>
        <source>Purchase order {0}.</source>
        <translation>Pesanan pembelian {0}.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="921"/>
        <source>Cancel purchase order</source>
        <translation>Batalkan pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="922"/>
        <source>Why is the order cancelled?</source>
        <translation>Mengapa pesanan dibatalkan?</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="923"/>
        <source>Asset register as of</source>
        <translation>Daftar aset per</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="924"/>
        <source>Export asset register</source>
        <translation>Ekspor daftar aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="925"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="926"/>
        <source>Purchase order</source>
        <translation>Pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="927"/>
        <source>Asset register</source>
        <translation>Daftar aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/service_messages.py" line="928"/>
        <source>{0} assets exported to {1}.</source>
        <translation>{0} aset diekspor ke {1}.</translation>
    </message>
</context>
<context>
    <name>_FieldsDialog</name>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="45"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="76"/>
        <source>at least {n} characters</source>
        <translation>minimal {n} karakter</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="77"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="78"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/admin/user_dialogs.py" line="108"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../ispdesk/ui/login.py" line="112"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>_OptionalEditor</name>
    <message>
        <location filename="../../ispdesk/ui/widgets/editors.py" line="243"/>
        <source>Tick to fill in a value; untick to leave it empty</source>
        <translation>Centang untuk mengisi nilai; hapus centang untuk mengosongkan</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ispdesk/app.py" line="59"/>
        <source>The database address is not valid: %1</source>
        <translation>Alamat basis data tidak sah: %1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="69"/>
        <source>The database server at %1 cannot be reached. Check that it is running and that this computer is on the network.</source>
        <translation>Server basis data di %1 tidak dapat dihubungi. Pastikan server menyala dan komputer ini terhubung ke jaringan.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="72"/>
        <source>The database server at %1 refused the user name or password.</source>
        <translation>Server basis data di %1 menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="74"/>
        <source>The database server at %1 has no database of that name.</source>
        <translation>Server basis data di %1 tidak memiliki basis data dengan nama itu.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="76"/>
        <source>The database file %1 cannot be opened. Check that its folder exists and may be written to.</source>
        <translation>Berkas basis data %1 tidak dapat dibuka. Pastikan foldernya ada dan boleh ditulisi.</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="84"/>
        <source>The database cannot be used: %1</source>
        <translation>Basis data tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <location filename="../../ispdesk/app.py" line="258"/>
        <source>ISPDesk will close now. Start it again once this is fixed.</source>
        <translation>ISPDesk akan ditutup. Buka kembali setelah masalah ini diperbaiki.</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="19"/>
        <source>Front office</source>
        <translation>Layanan depan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="20"/>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="21"/>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="22"/>
        <source>Warehouse</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="23"/>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="24"/>
        <source>Field</source>
        <translation>Lapangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="25"/>
        <source>People</source>
        <translation>SDM</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="26"/>
        <source>Communication</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="27"/>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="31"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="32"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="33"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="34"/>
        <source>Invoices</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="35"/>
        <source>Cash shifts</source>
        <translation>Shift kas</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="36"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="37"/>
        <source>Subscriptions</source>
        <translation>Langganan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="38"/>
        <source>Promotions</source>
        <translation>Promo</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="39"/>
        <source>Proforma invoices</source>
        <translation>Tagihan proforma</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="40"/>
        <source>Credit notes</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="41"/>
        <source>Billing runs</source>
        <translation>Proses penagihan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="42"/>
        <source>Leads</source>
        <translation>Calon pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="43"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="44"/>
        <source>Referrals</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="45"/>
        <source>Referral rewards</source>
        <translation>Hadiah referensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="46"/>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="47"/>
        <source>Campaign recipients</source>
        <translation>Penerima kampanye</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="48"/>
        <source>Inventory</source>
        <translation>Stok barang</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="49"/>
        <source>Stock movements</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="50"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="51"/>
        <source>Purchase orders</source>
        <translation>Pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="52"/>
        <source>Purchase order lines</source>
        <translation>Baris pesanan pembelian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="53"/>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="54"/>
        <source>Network devices</source>
        <translation>Perangkat jaringan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="55"/>
        <source>IP pools</source>
        <translation>Pool IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="56"/>
        <source>IP addresses</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="57"/>
        <source>Bandwidth profiles</source>
        <translation>Profil bandwidth</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="58"/>
        <source>Work orders</source>
        <translation>Perintah kerja</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="59"/>
        <source>Installation reports</source>
        <translation>Laporan instalasi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="60"/>
        <source>SLA policies</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="61"/>
        <source>Technician locations</source>
        <translation>Lokasi teknisi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="62"/>
        <source>Attendance</source>
        <translation>Absensi</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="63"/>
        <source>Leaves</source>
        <translation>Cuti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="64"/>
        <source>Leave types</source>
        <translation>Jenis cuti</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="65"/>
        <source>Payroll</source>
        <translation>Penggajian</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="66"/>
        <source>Customer messages</source>
        <translation>Pesan pelanggan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="67"/>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="68"/>
        <source>Knowledge base categories</source>
        <translation>Kategori basis pengetahuan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="69"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="70"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="71"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="72"/>
        <source>API keys</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="73"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="74"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/navigation.py" line="75"/>
        <source>Permissions</source>
        <translation>Hak akses</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../ispdesk/ui/cashier/actions.py" line="40"/>
        <source>Receipt {0} printed as copy {1} ({2}).</source>
        <extracomment>A voided (failed) or refunded payment&apos;s receipt is reversed already; only a confirmed one is voided (services/voids.py still checks). Only an open shift is closed.</extracomment>
        <translation>Kuitansi {0} dicetak sebagai salinan {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ispdesk/ui/cashier/actions.py" line="78"/>
        <source>This shift is not open: it cannot be closed again.</source>
        <translation>Shift ini tidak terbuka: tidak bisa ditutup lagi.</translation>
    </message>
</context>
</TS>
