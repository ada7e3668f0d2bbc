#!/usr/bin/env python3
"""Loads shopper's HTML reports in headless Chromium and measures what a reader would see.

    check_report.py [--shots DIR] REPORT.html [REPORT.html ...]

For each report, at 1280 px and at 390 px (phone) wide:
  - at 390 px the page is laid out at the phone's width (a viewport meta: innerWidth <= 390) and
    does not scroll sideways (document scrollWidth <= innerWidth);
  - every visible chart text is rendered at least MIN_TEXT_PX (10) px at 390 px (its font size
    times the SVG's scale);
  - no two visible chart labels of one chart overlap (bounding boxes, with a 1 px tolerance);
  - every <svg> has role="img" and an aria-label, and a data table twin (an element with the
    id its aria-describedby names, holding a <table>);
  - every table either fits the page width or sits in a box that scrolls sideways on its own;
  - a report with a scenario with runs opens with the summary: at 390 px the first scenario's summary card
    (its title and its first figure) starts within the first screen (900 px);
then prints the page to A4 (Chrome's Page.printToPDF through selenium's print_page) and checks:
  - the PDF has a sane page count (1 to MAX_PAGES);
  - in print layout (print media emulated at the A4 printable width) no table runs past the
    right edge of the page;
  - the newest period label of each period table is in the PDF's text (pdftotext), when
    pdftotext is installed;
  - page by page (pdftotext): no page but the last ends with a heading whose content went to
    the next page, or holds next to nothing (two lines or fewer), and page 1 holds the
    summary's first card.

Screenshots (full page, PNG) and the PDFs go to --shots. Prints one line per check that failed
and a closing line `N passed, N failed`; exit status 1 when any failed, 2 when the browser cannot
be started, 3 when the whole check takes longer than TIMEOUT. Needs selenium (pip) and Debian's chromium and chromium-driver.
"""

import argparse
import base64
import os
import re
import shutil
import signal
import subprocess
import sys

MIN_TEXT_PX = 10.0
MAX_PAGES = 40
# The whole check, in seconds (a few reports take well under a minute).
TIMEOUT = 600
# A4 (210 mm) less the report's 12 mm side margins (@page), in CSS px (96 per inch).
A4_PRINTABLE_PX = int((210 - 24) / 25.4 * 96)

WIDTHS = [1280, 390]


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US"]:
        options.add_argument(arg)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(options=options, service=service)


def set_width(driver, width, height=900):
    # The viewport, not the window: window chrome differs between versions.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})


MEASURE = r"""
const out = {};
const doc = document.documentElement;
out.scrollWidth = doc.scrollWidth;
out.innerWidth = window.innerWidth;
function visible(el) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden') return false;
  }
  return true;
}
out.svgs = [];
for (const [i, svg] of Array.from(document.querySelectorAll('svg')).entries()) {
  const info = {index: i, role: svg.getAttribute('role'), label: svg.getAttribute('aria-label') || '',
                describedby: svg.getAttribute('aria-describedby') || '', visible: visible(svg), texts: []};
  const twin = info.describedby ? document.getElementById(info.describedby) : null;
  info.twinTable = !!(twin && (twin.tagName === 'TABLE' || twin.querySelector('table')));
  if (info.visible) {
    const m = svg.getScreenCTM();
    const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
    info.scale = scale;
    for (const t of svg.querySelectorAll('text')) {
      if (!visible(t) || !t.textContent.trim()) continue;
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      const r = t.getBoundingClientRect();
      const words = Array.from(t.childNodes).filter(c => c.nodeName !== 'title').map(c => c.textContent).join(' ').trim();
      info.texts.push({text: words.slice(0, 60), px: size,
                       box: [r.left, r.top, r.right, r.bottom]});
    }
  }
  out.svgs.push(info);
}
out.tables = [];
for (const [i, table] of Array.from(document.querySelectorAll('table')).entries()) {
  if (!visible(table)) continue;
  const r = table.getBoundingClientRect();
  let box = null;
  for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
    const ox = getComputedStyle(e).overflowX;
    if (ox === 'auto' || ox === 'scroll') { const b = e.getBoundingClientRect(); box = [b.left, b.right]; break; }
  }
  out.tables.push({index: i, cls: table.className, right: r.right, left: r.left, box: box});
}
out.bodyRight = document.body.getBoundingClientRect().right;
const card = document.querySelector('section.summary article.card');
const fig = card ? card.querySelector('dl.figures .v') : null;
out.summary = card ? {top: card.getBoundingClientRect().top + window.scrollY,
                      figureBottom: fig ? fig.getBoundingClientRect().bottom + window.scrollY : null,
                      title: (card.querySelector('h3') || {}).textContent || ''} : null;
// Scenarios with counted runs (a period table); one without runs has no card.
out.scenarioSections = document.querySelectorAll('section.scenario table.periods').length;
return out;
"""


def overlaps(a, b, tolerance=1.0):
    return (min(a[2], b[2]) - max(a[0], b[0]) > tolerance) and (min(a[3], b[3]) - max(a[1], b[1]) > tolerance)


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what)


FIRST_SCREEN_PX = 900


def check_layout(checks, name, width, m):
    if m["scenarioSections"]:
        checks.check(m["summary"] is not None, "%s @%d: no summary card (section.summary article.card)" % (name, width))
    if width <= 420 and m["summary"]:
        bottom = m["summary"]["figureBottom"]
        checks.check(bottom is not None and bottom <= FIRST_SCREEN_PX,
                     "%s @%d: the first summary card's first figure is not on the first screen (bottom %s > %d)" % (name, width, bottom, FIRST_SCREEN_PX))
        checks.check(m["summary"]["title"].strip() != "", "%s @%d: the first summary card has no title" % (name, width))
    if width <= 420:
        # Without a viewport meta a phone lays the page out 980 px wide and shrinks it: text too small to read.
        checks.check(m["innerWidth"] <= width,
                     "%s @%d: laid out %d px wide and shrunk to the phone (no viewport meta)" % (name, width, m["innerWidth"]))
        checks.check(m["scrollWidth"] <= m["innerWidth"],
                     "%s @%d: the page scrolls sideways (scrollWidth %d > %d)" % (name, width, m["scrollWidth"], m["innerWidth"]))
    for svg in m["svgs"]:
        where = "%s @%d svg #%d (%s)" % (name, width, svg["index"], svg["label"][:50])
        checks.check(svg["role"] == "img" and svg["label"].strip() != "", where + ": no role=img with a label")
        checks.check(svg["twinTable"], where + ": no data table twin (aria-describedby)")
        if not svg["visible"]:
            continue
        if width <= 420:
            small = [t for t in svg["texts"] if t["px"] < MIN_TEXT_PX]
            checks.check(not small, where + ": text below %.1f px: %s" % (
                MIN_TEXT_PX, ", ".join("%r %.1fpx" % (t["text"], t["px"]) for t in small[:4])))
        texts = svg["texts"]
        clashes = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:] if overlaps(a["box"], b["box"])]
        checks.check(not clashes, where + ": labels overlap: %s" % clashes[:4])
    for t in m["tables"]:
        where = "%s @%d table #%d (%s)" % (name, width, t["index"], t["cls"])
        fits = t["right"] <= m["innerWidth"] + 1
        scrolls = t["box"] is not None and t["box"][1] <= m["innerWidth"] + 1
        checks.check(fits or scrolls, where + ": runs past the page (right %.0f > %d) and does not scroll in its own box" % (t["right"], m["innerWidth"]))


def check_print(checks, driver, name, shots):
    from selenium.webdriver.common.print_page_options import PrintOptions

    # The layout the printer sees: print media at the A4 printable width.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    set_width(driver, A4_PRINTABLE_PX, 1100)
    m = driver.execute_script(MEASURE)
    for t in m["tables"]:
        checks.check(t["right"] <= A4_PRINTABLE_PX + 1,
                     "%s print: table #%d (%s) cut at the right edge (right %.0f > %d)" % (name, t["index"], t["cls"], t["right"], A4_PRINTABLE_PX))
    if shots:
        driver.save_screenshot(os.path.join(shots, name + "-print.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    options.background = True
    pdf = base64.b64decode(driver.print_page(options))
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    checks.check(1 <= pages <= MAX_PAGES, "%s print: %d PDF pages" % (name, pages))
    path = os.path.join(shots, name + ".pdf") if shots else None
    if path:
        with open(path, "wb") as f:
            f.write(pdf)
    newest = driver.execute_script(
        "return Array.from(document.querySelectorAll('table.periods')).map(t => {"
        " const rows = t.querySelectorAll('tbody tr'); return rows.length ? rows[rows.length-1].cells[0].textContent.trim() : ''; })")
    if path and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        for label in filter(None, newest):
            checks.check(label in text, "%s print: the newest period %s is not in the PDF" % (name, label))
        check_pages(checks, driver, name, path)
    return pages


def words(text):
    return " ".join(text.split())


def check_pages(checks, driver, name, path):
    """Every page of the PDF as a reader turns it: no heading alone at a page's foot (its
    content on the next page), no page (but the last) with next to nothing on it, and the
    summary's first card on page 1."""
    reading = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    pages = reading.split("\f")
    while pages and not pages[-1].strip():
        pages.pop()
    headings = [h for h in driver.execute_script(
        "return Array.from(document.querySelectorAll('h1,h2,h3,h4')).map(h => h.textContent)") if len(words(h)) > 3]
    headings = [words(h) for h in headings]
    for number, page in enumerate(pages, 1):
        lines = [words(line) for line in page.splitlines() if line.strip()]
        if number < len(pages):
            tail = " ".join(lines[-3:])
            orphan = [h for h in headings if tail.endswith(h)]
            checks.check(not orphan, "%s print: page %d ends with the heading %r, its content on the next page" % (name, number, orphan[:1]))
            checks.check(len(lines) > 2, "%s print: page %d holds next to nothing: %r" % (name, number, lines))
    card = driver.execute_script("const h = document.querySelector('section.summary article.card h3'); return h ? h.textContent : null")
    if card and pages:
        checks.check(words(card)[:30] in words(pages[0]), "%s print: page 1 does not hold the summary's first card (%r)" % (name, card[:40]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", help="folder for screenshots and PDFs")
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    # A watchdog: a browser that hangs must not hang the test suite.
    signal.signal(signal.SIGALRM, lambda *_: (print("timed out after %d s" % TIMEOUT, file=sys.stderr), os._exit(3)))
    signal.alarm(TIMEOUT)
    try:
        driver = browser()
        driver.set_page_load_timeout(60)
        driver.set_script_timeout(60)
    except Exception as error:  # the browser or its driver is missing or cannot start
        print("cannot start headless chromium: %s" % error, file=sys.stderr)
        return 2
    checks = Checks()
    try:
        for report in args.reports:
            name = os.path.splitext(os.path.basename(report))[0]
            driver.get("file://" + os.path.abspath(report))
            for width in WIDTHS:
                set_width(driver, width)
                m = driver.execute_script(MEASURE)
                check_layout(checks, name, width, m)
                if args.shots:
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    set_width(driver, width, min(int(height), 16000))
                    driver.save_screenshot(os.path.join(args.shots, "%s-%d.png" % (name, width)))
            pages = check_print(checks, driver, name, args.shots)
            print("%s: %d PDF pages" % (name, pages))
    finally:
        driver.quit()
    print("%d passed, %d failed" % (checks.passed, checks.failed))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
