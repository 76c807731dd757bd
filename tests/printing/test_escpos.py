"""ESC/POS receipt bytes and the two ways to a thermal printer (TCP, device file)."""
from __future__ import annotations

import re
import socket
import threading

import pytest

from ispdesk.printing import escpos
from tests.printing import samples

#: ESC/GS commands the receipt uses, so the printable text can be looked at.
_COMMANDS = re.compile(rb"\x1b@|\x1bt.|\x1ba.|\x1bE.|\x1d!.|\x1dVA.|\x1bp...", re.S)


def printed_lines(data: bytes) -> list[str]:
    """The text lines of an ESC/POS job (commands and the QR block removed)."""
    start = data.index(b"\x1d(k")
    end = data.index(b"1Q0", start) + 3
    text = _COMMANDS.sub(b"", data[:start] + data[end:])
    return text.decode("cp1252").split("\n")


def test_receipt_bytes_hold_the_receipt_the_qr_the_cut_and_the_drawer_kick_for_cash():
    data = samples.receipt()
    job = escpos.receipt_bytes(data)
    assert job.startswith(escpos.INIT)
    qr = data.verification.encode()
    store = b"\x1d(k" + bytes([(len(qr) + 3) % 256, (len(qr) + 3) // 256]) + b"1P0" + qr
    assert store in job
    assert b"\x1d(k\x03\x001Q0" in job                        # print the stored QR
    assert escpos.CUT in job
    assert job.count(escpos.DRAWER_KICK) == 1
    assert job.index(escpos.CUT) < job.index(escpos.DRAWER_KICK)
    text = "\n".join(printed_lines(job))
    for expected in ("PT Jaringan Serat Nusantara", "NPWP 01.234.567.8-901.000", "RCP-202611-000042",
                     "INV-202611-000512", "Rp 183.000", "Change", "Rp 17.000", "Customer", "Still due",
                     "Empat ratus delapan puluh tiga ribu rupiah"):
        assert expected in " ".join(text.split()), expected
    assert escpos.DOUBLE_ON + escpos.BOLD_ON in job or escpos.BOLD_ON + escpos.DOUBLE_ON in job


def test_no_drawer_kick_for_non_cash():
    job = escpos.receipt_bytes(samples.transfer_receipt())
    assert escpos.DRAWER_KICK not in job
    assert escpos.CUT in job
    assert b"BCA-TRX-88812345" in job


@pytest.mark.parametrize("columns", [48, 32])
def test_every_line_fits_the_roll_and_long_names_are_kept_whole(columns):
    data = samples.receipt(customer_name=samples.LONG_NAME, customer_address=samples.LONG_ADDRESS, copy_number=3)
    job = escpos.receipt_bytes(data, columns=columns)
    lines = printed_lines(job)
    assert max(len(line) for line in lines) <= columns
    doubled = re.findall(re.escape(escpos.DOUBLE_ON) + b"(.*?)" + re.escape(escpos.DOUBLE_OFF), job, re.S)
    assert len(doubled) >= 3  # the stamp, amount received, change
    for block in doubled:
        for line in _COMMANDS.sub(b"", block).decode("cp1252").split("\n"):
            assert len(line) <= columns // 2, line
    text = " ".join(" ".join(lines).split())
    assert samples.LONG_NAME in text
    assert samples.LONG_ADDRESS in text
    assert "COPY 3" in text


def test_paper_picks_the_columns():
    data = samples.receipt()
    assert escpos.receipt_bytes(data, paper="58mm") == escpos.receipt_bytes(data, columns=32)
    assert escpos.receipt_bytes(data, paper="80mm") == escpos.receipt_bytes(data, columns=48)
    assert escpos.receipt_bytes(data, paper="A5") == escpos.receipt_bytes(data, columns=48)


def test_void_receipt_says_void_on_the_printer():
    job = escpos.receipt_bytes(samples.receipt(status="failed"), columns=32)
    assert b"*** VOID ***" in job


def test_columns_row_never_cuts_text():
    assert escpos.columns_row("Total", "Rp 10.000", 20) == ["Total      Rp 10.000"]
    rows = escpos.columns_row("A very long label that wraps", "Rp 1.000.000", 16)
    assert all(len(r) <= 16 for r in rows)
    assert " ".join(" ".join(rows).split()) == "A very long label that wraps Rp 1.000.000"


class _Printer:
    """A local TCP server that keeps whatever one client sends."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received += chunk
        self.server.close()


def test_send_over_tcp_delivers_every_byte():
    printer = _Printer()
    job = escpos.receipt_bytes(samples.receipt())
    escpos.send(job, f"127.0.0.1:{printer.port}")
    printer.thread.join(5)
    assert printer.received == job


def test_unreachable_network_printer_gives_a_clear_error():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]     # closed again when the block ends: nobody listens
    with pytest.raises(escpos.PrinterUnreachable) as info:
        escpos.send(b"x", f"tcp://127.0.0.1:{port}", timeout=2)
    assert isinstance(info.value, OSError)
    assert info.value.code == "print.refused"
    assert info.value.message.params == {"host": "127.0.0.1", "port": port}


def test_unknown_printer_host_gives_a_clear_error():
    with pytest.raises(escpos.PrinterUnreachable) as info:
        escpos.send(b"x", "printer.invalid:9100", timeout=2)
    assert info.value.code in ("print.unknown_host", "print.unreachable", "print.no_answer")


def test_send_to_a_device_file(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    job = escpos.receipt_bytes(samples.receipt())
    escpos.send(job, f"usb:{device}")
    assert device.read_bytes() == job


def test_missing_device_gives_a_clear_error(tmp_path):
    with pytest.raises(escpos.PrinterUnreachable) as info:
        escpos.send(b"x", str(tmp_path / "lp9"))
    assert info.value.code == "print.no_device" and info.value.message.params["path"].endswith("lp9")


@pytest.mark.parametrize("target, parsed", [
    ("192.168.1.50", ("tcp", "192.168.1.50", 9100)),
    ("192.168.1.50:9101", ("tcp", "192.168.1.50", 9101)),
    ("tcp://printer.local:9100", ("tcp", "printer.local", 9100)),
    ("[fe80::1]:9100", ("tcp", "fe80::1", 9100)),
    ("/dev/usb/lp0", ("device", "/dev/usb/lp0", 0)),
    ("usb:/dev/usb/lp1", ("device", "/dev/usb/lp1", 0)),
])
def test_printer_targets(target, parsed):
    assert escpos.parse_target(target) == parsed


@pytest.mark.parametrize("target, code", [("", "print.no_printer"), ("host:abc", "print.not_a_port")])
def test_bad_printer_targets(target, code):
    with pytest.raises(escpos.PrinterUnreachable) as info:
        escpos.parse_target(target)
    assert info.value.code == code
