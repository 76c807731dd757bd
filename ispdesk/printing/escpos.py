"""Drive a thermal receipt printer directly with ESC/POS.

:func:`receipt_bytes` prints the same rows as the PDF receipt
(:func:`ispdesk.printing.receipt.receipt_view`) fitted to 48 columns (80 mm,
font A) or 32 columns (58 mm): bold, double-size total and change, the QR code
with ``GS ( k``, a cut, and the cash-drawer kick (``ESC p``) for cash.
:func:`send` delivers the bytes to ``host[:port]`` (raw TCP, port 9100) or a
device file such as ``/dev/usb/lp0``; an unreachable printer raises
:class:`PrinterUnreachable` (an ``OSError``) that says which and why.
"""
from __future__ import annotations

import os
import socket
import textwrap


from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.domain.enums import PaymentMethod
from ispdesk.domain.messages import CarriesMessage, message
from ispdesk.printing.base import NPWP, PHONE, pdf_safe
from ispdesk.printing.receipt import ReceiptView, Row, receipt_view

ESC, GS = b"\x1b", b"\x1d"
INIT = ESC + b"@"
CODEPAGE_WPC1252 = ESC + b"t\x10"
LEFT, CENTER, RIGHT = ESC + b"a\x00", ESC + b"a\x01", ESC + b"a\x02"
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"
DOUBLE_ON, DOUBLE_OFF = GS + b"!\x11", GS + b"!\x00"
#: Feed three lines, then a full cut (GS V 65 n).
CUT = GS + b"VA\x03"
#: Pulse pin 2 for 50 ms on, 500 ms off (ESC p m t1 t2): opens the cash drawer.
DRAWER_KICK = ESC + b"p\x00\x19\xfa"

COLUMNS = {"80mm": 48, "58mm": 32}
DEFAULT_PORT = 9100


NO_PRINTER = message("print.no_printer",
                     "No receipt printer is set: give host:port or a device such as /dev/usb/lp0.")
NOT_A_PORT = message("print.not_a_port", "Receipt printer {target}: {port} is not a port number.")
NO_ANSWER = message("print.no_answer", "The receipt printer at {host}:{port} did not answer within {seconds} s. "
                                       "Is it switched on and on the network?")
REFUSED = message("print.refused", "The receipt printer at {host}:{port} refused the connection. Check the address "
                                   "and port (usually 9100).")
UNKNOWN_HOST = message("print.unknown_host", "The receipt printer address {host} is not known on this network.")
UNREACHABLE = message("print.unreachable", "The receipt printer at {host}:{port} cannot be reached: {reason}.")
NO_DEVICE = message("print.no_device", "There is no receipt printer at {path}: is it plugged in and switched on?")
NOT_ALLOWED = message("print.not_allowed", "This user may not write to the receipt printer {path} (on Linux, add "
                                           "the user to the 'lp' group).")
CANNOT_OPEN = message("print.cannot_open", "The receipt printer {path} cannot be opened: {reason}.")
STOPPED = message("print.stopped", "The receipt printer {path} stopped taking data: {reason}.")


class PrinterUnreachable(CarriesMessage, OSError):
    """The receipt printer could not be reached or did not take the data.
    ``message`` says which and why (shown translated); ``str()`` renders it."""


# ---------------------------------------------------------------- text

def encode(text: str) -> bytes:
    """Text as the printer's Windows-1252 code page bytes."""
    return pdf_safe(text).encode("cp1252", errors="replace")


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters (long words split)."""
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def columns_row(label: str, value: str, width: int) -> list[str]:
    """``label`` left and ``value`` right on one line when both fit, otherwise
    the label's lines then the value right-aligned below: never cut off."""
    if len(label) + 1 + len(value) <= width:
        return [label + " " * (width - len(label) - len(value)) + value]
    lines = wrap(label, width)
    last = lines[-1]
    if len(last) + 1 + len(value) <= width:
        lines[-1] = last + " " * (width - len(last) - len(value)) + value
        return lines
    return lines + [line.rjust(width) for line in wrap(value, width)]


def qr_command(text: str, *, module_size: int = 6) -> bytes:
    """GS ( k: select model 2, module size, error level M, store ``text``, print it."""
    data = text.encode("utf-8")
    length = len(data) + 3
    return b"".join([
        GS + b"(k\x04\x001A2\x00",                                        # model 2
        GS + b"(k\x03\x001C" + bytes([module_size]),                      # module size (dots)
        GS + b"(k\x03\x001E1",                                            # error correction M
        GS + b"(k" + bytes([length % 256, length // 256]) + b"1P0" + data,  # store
        GS + b"(k\x03\x001Q0",                                            # print
    ])


class _Builder:
    def __init__(self, width: int):
        self.width = width
        self.out = bytearray(INIT + CODEPAGE_WPC1252)

    def raw(self, data: bytes) -> None:
        self.out += data

    def line(self, text: str = "", *, align: bytes = LEFT, bold: bool = False) -> None:
        for part in wrap(text, self.width):
            self.out += align + (BOLD_ON if bold else b"") + encode(part) + (BOLD_OFF if bold else b"") + b"\n"

    def rule(self) -> None:
        self.out += LEFT + b"-" * self.width + b"\n"

    def row(self, row: Row) -> None:
        if row.emphasis == "big":
            # Double width halves the columns.
            self.out += LEFT + BOLD_ON + DOUBLE_ON
            for part in columns_row(row.label, row.value, self.width // 2):
                self.out += encode(part) + b"\n"
            self.out += DOUBLE_OFF + BOLD_OFF
            return
        bold = row.emphasis == "bold"
        for part in columns_row(row.label, row.value, self.width):
            self.out += LEFT + (BOLD_ON if bold else b"") + encode(part) + (BOLD_OFF if bold else b"") + b"\n"


def receipt_bytes(data: ReceiptData, *, columns: int = 48, paper: str | None = None,
                  drawer: bool | None = None) -> bytes:
    """The receipt as ESC/POS bytes for a printer ``columns`` wide (48 on
    80 mm, 32 on 58 mm; or give ``paper`` "80mm"/"58mm"). ``drawer``
    (default: for cash payments) adds the cash-drawer kick."""
    if paper is not None:
        columns = COLUMNS.get(paper, 48)
    view: ReceiptView = receipt_view(data)
    b = _Builder(columns)
    for stamp in view.stamps:
        b.raw(CENTER + BOLD_ON + DOUBLE_ON + encode(f"*** {stamp} ***"[: columns // 2]) + b"\n"
              + DOUBLE_OFF + BOLD_OFF)
    company = data.company
    b.line(company.name, align=CENTER, bold=True)
    for text in company.address.splitlines():
        if text.strip():
            b.line(text.strip(), align=CENTER)
    if company.phone:
        b.line(PHONE(phone=company.phone).render(), align=CENTER)
    if company.tax_number:
        b.line(NPWP(number=company.tax_number).render(), align=CENTER)
    b.rule()
    b.line(view.title, align=CENTER, bold=True)
    for row in view.info:
        b.row(row)
    b.rule()
    b.line(view.customer_label, bold=True)
    for i, text in enumerate(view.customer):
        b.line(text, bold=i == 0)
    b.rule()
    for inv in view.invoices:
        b.line(inv.invoice_number + (f" ({inv.period})" if inv.period else ""), bold=True)
        b.row(Row("  " + view.paid_label, inv.paid))
        b.row(Row("  " + view.remaining_label, inv.remaining))
    b.rule()
    for row in view.totals:
        b.row(row)
    b.line()
    b.line(view.words_label)
    b.line(view.words, bold=True)
    b.line()
    b.raw(CENTER + qr_command(view.verification, module_size=6 if columns >= 48 else 4) + b"\n")
    for text in view.footer:
        b.line(text, align=CENTER)
    b.raw(LEFT + CUT)
    if drawer if drawer is not None else data.method == PaymentMethod.CASH:
        b.raw(DRAWER_KICK)
    return bytes(b.out)


# ---------------------------------------------------------------- transports

def parse_target(target: str) -> tuple[str, str, int]:
    """``("device", path, 0)`` for a device file, ``("tcp", host, port)`` otherwise.
    Accepts ``/dev/usb/lp0``, ``usb:/dev/usb/lp0``, ``host``, ``host:9100``,
    ``tcp://host:9100`` and ``[ipv6]:9100``."""
    value = target.strip()
    if not value:
        raise PrinterUnreachable(NO_PRINTER)
    for prefix in ("usb:", "file:", "device:"):
        if value.lower().startswith(prefix):
            return "device", value[len(prefix):], 0
    if value.startswith(("/", "\\\\", ".")) or value.upper().startswith(("COM", "LPT")):
        return "device", value, 0
    if value.lower().startswith("tcp://"):
        value = value[6:]
    host, port = value, DEFAULT_PORT
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest.startswith(":"):
            port = _port(rest[1:], target)
    elif value.count(":") == 1:
        host, _, text = value.partition(":")
        port = _port(text, target)
    return "tcp", host, port


def _port(text: str, target: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise PrinterUnreachable(NOT_A_PORT, target=target, port=text)
    return int(text)


def send(data: bytes, target: str, *, timeout: float = 5.0) -> None:
    """Deliver ``data`` to the printer at ``target`` (see :func:`parse_target`).
    Raises :class:`PrinterUnreachable` with a message a cashier can act on."""
    kind, where, port = parse_target(target)
    if kind == "device":
        _send_device(data, where)
    else:
        _send_tcp(data, where, port, timeout)


def _send_tcp(data: bytes, host: str, port: int, timeout: float) -> None:
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
    except socket.timeout:
        raise PrinterUnreachable(NO_ANSWER, host=host, port=port, seconds=f"{timeout:g}") from None
    except ConnectionRefusedError:
        raise PrinterUnreachable(REFUSED, host=host, port=port) from None
    except socket.gaierror:
        raise PrinterUnreachable(UNKNOWN_HOST, host=host) from None
    except OSError as exc:
        raise PrinterUnreachable(UNREACHABLE, host=host, port=port, reason=exc.strerror or exc) from None


def _send_device(data: bytes, path: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PrinterUnreachable(NO_DEVICE, path=path) from None
    except PermissionError:
        raise PrinterUnreachable(NOT_ALLOWED, path=path) from None
    except OSError as exc:
        raise PrinterUnreachable(CANNOT_OPEN, path=path, reason=exc.strerror or exc) from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise PrinterUnreachable(STOPPED, path=path, reason=exc.strerror or exc) from None
    finally:
        os.close(fd)
