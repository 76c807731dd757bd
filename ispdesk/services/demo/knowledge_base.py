"""Knowledge-base categories and published articles for the counter and the field."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as clock

from ispdesk.db import models as m
from ispdesk.services.demo.common import stamp
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer, insert_missing

KB = {
    ("Gangguan & Troubleshooting", "gangguan"): (
        ("Lampu LOS merah pada ONT", "Lampu LOS merah berarti sinyal optik tidak sampai ke ONT. Cek kabel patch cord, "
         "pastikan konektor tidak tertekuk. Jika tetap merah, buat work order perbaikan prioritas tinggi."),
        ("Internet lambat tetapi lampu normal", "Minta pelanggan restart ONT dan router, cek jumlah perangkat yang "
         "terhubung, lalu lakukan speed test dengan kabel LAN sebelum membuat tiket."),
    ),
    ("Prosedur Kasir", "kasir"): (
        ("Menerima pembayaran beberapa tagihan sekaligus", "Cari pelanggan, centang tagihan yang dibayar, masukkan "
         "uang diterima. Kelebihan bayar otomatis menjadi saldo pelanggan atau kembalian."),
        ("Menutup shift kasir", "Hitung uang fisik per pecahan tanpa melihat saldo sistem, simpan, lalu cetak laporan "
         "Z. Selisih wajib diberi keterangan."),
    ),
    ("Produk & Paket", "produk"): (
        ("Daftar paket Home dan Bisnis", "Home 20/30/50/100 Mbps untuk rumah tangga, Bisnis 100 Mbps simetris dengan "
         "IP publik. Harga belum termasuk PPN 12% x DPP 11/12."),
        ("Syarat pemasangan baru", "KTP pemohon, foto lokasi, titik koordinat rumah, dan ketersediaan port ODP "
         "dalam radius 250 meter."),
    ),
}


def write_knowledge_base(w: Writer, staff: Staff, today: date) -> None:
    moment = datetime.combine(today - timedelta(days=120), clock(10))
    categories = [{"name": name, "slug": slug, "description": None, "parent_id": None, "sort_order": n,
                   "is_active": True, **stamp(moment)} for n, (name, slug) in enumerate(KB)]
    category_ids = insert_missing(w, m.KnowledgeBaseCategory.__table__, "slug", categories)
    articles = []
    for (_, slug), entries in KB.items():
        for title, content in entries:
            article_slug = "-".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split())
            articles.append({"category_id": category_ids[slug], "title": title, "slug": article_slug,
                             "content": content, "tags": [slug], "status": "published",
                             "author_id": staff.first("supervisor"), "published_at": moment, "view_count": 0,
                             **stamp(moment)})
    insert_missing(w, m.KnowledgeBaseArticle.__table__, "slug", articles)
