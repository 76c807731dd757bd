#!/usr/bin/env bash
# Printing for the tests: CUPS with a CUPS-PDF queue, so tests/ui/test_printing_cups.py
# prints through Qt's print support to a real print queue and reads the PDF it makes.
#
#  - installs cups and printer-driver-cups-pdf (Debian/Ubuntu, as root) when missing;
#  - starts cupsd when no scheduler answers;
#  - adds the queue $ISPDESK_CUPS_PDF_QUEUE (default ISPDesk-PDF) on the cups-pdf:/
#    backend, enabled and accepting, its PDF-to-PostScript step done by pdftocairo
#    (the default one, Ghostscript, loses the text's Unicode and the printed PDF
#    could not be read back);
#  - prints where the PDFs land (CUPS-PDF's "Out" folder, ~/PDF of the job's user on Debian).
#
# Exit status 0 when the queue is ready; 1 when it cannot be made (no root, no apt-get,
# no network…): the CUPS test then skips, saying why, except in CI (.ci/run sets
# ISPDESK_REQUIRE_CUPS=1 when CI=true and the test fails instead).
set -euo pipefail

QUEUE=${ISPDESK_CUPS_PDF_QUEUE:-ISPDesk-PDF}
PPD_MODEL=lsb/usr/cups-pdf/CUPS-PDF_opt.ppd

say() { echo "setup-printing: $*"; }
fail() { echo "setup-printing: $*" >&2; exit 1; }

have_cups() {
    command -v cupsd >/dev/null && command -v lpadmin >/dev/null && command -v lpstat >/dev/null \
        && [ -e /usr/lib/cups/backend/cups-pdf ] && command -v pdftocairo >/dev/null
}

if ! have_cups; then
    [ "$(id -u)" = 0 ] || fail "CUPS and CUPS-PDF are not installed and this is not root: cannot install them"
    command -v apt-get >/dev/null || fail "CUPS and CUPS-PDF are not installed and there is no apt-get"
    say "installing cups and printer-driver-cups-pdf"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed"
    # poppler-utils: pdftocairo, named although cups-filters brings it
    apt-get install -y -qq --no-install-recommends cups printer-driver-cups-pdf poppler-utils >/dev/null \
        || fail "apt-get install cups printer-driver-cups-pdf failed"
    have_cups || fail "cups and printer-driver-cups-pdf were installed but cupsd/lpadmin/the cups-pdf backend are missing"
fi

scheduler_up() {
    lpstat -r 2>/dev/null | grep -q "is running"
}
if ! scheduler_up; then
    [ "$(id -u)" = 0 ] || fail "the CUPS scheduler is not running and this is not root: cannot start it"
    say "starting cupsd"
    /usr/sbin/cupsd || fail "cupsd did not start"
    for _ in $(seq 1 30); do
        scheduler_up && break
        sleep 1
    done
    scheduler_up || fail "cupsd started but the scheduler does not answer"
fi

if ! lpstat -v "$QUEUE" 2>/dev/null | grep -q "cups-pdf:/"; then
    say "adding the queue $QUEUE"
    # lpadmin warns that printer drivers are deprecated; CUPS-PDF still comes as a driver (PPD)
    lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$PPD_MODEL" -D "ISPDesk tests: CUPS-PDF" 2>/dev/null \
        || fail "lpadmin could not add $QUEUE"
fi
lpadmin -p "$QUEUE" -o pdftops-renderer-default=pdftocairo 2>/dev/null \
    || fail "lpadmin could not set the PDF-to-PostScript renderer of $QUEUE"
cupsenable "$QUEUE" 2>/dev/null || true
cupsaccept "$QUEUE" 2>/dev/null || true
lpstat -p "$QUEUE" | grep -q "enabled" || fail "$QUEUE is not enabled"

out=$(sed -n 's/^[[:space:]]*Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n 1)
say "queue $QUEUE ready (cups-pdf:/); its PDFs go to ${out:-/var/spool/cups-pdf/\${USER\}} of the job's user"
