"""Crawl + audit of a local site, side by side in one run: seokit against linkchecker (what a
user picks to crawl and check a site) and python-seo-analyzer (a Python SEO crawler).

    bash benchmarks/peers/setup.sh       # once: the peers' venv
    .venv/bin/python benchmarks/crawl_peers.py [--pages 1000] [--audit-jobs 2]

The site is ``crawl_throughput.generate``'s (``--pages`` articles, ten links each, robots.txt),
served by ``python -m http.server`` in its own process on 127.0.0.1. Each tool is run as its
command, from start to exit, and must fetch every page:

- seokit: ``seokit crawl URL --allow-private`` with a JSON report (every page parsed, audited
  by every rule, stored in SQLite; the site analyses and rules at the end);
- linkchecker: ``linkchecker URL`` (every page fetched and parsed, every link checked), with
  its request-rate limit lifted the way its documentation allows;
- python-seo-analyzer: ``python -m pyseoanalyzer URL`` (its crawl and page analysis).

Pages per second is pages / wall time; the ratios against seokit are the result.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from crawl_throughput import free_port, generate  # noqa: E402
from installed import byte_compile  # noqa: E402

PEERS = HERE / "peers" / "venv" / "bin"
# http.server, plus the "LinkChecker" header: linkchecker makes at most 10 requests per second
# to a host unless the server sends it, so with it linkchecker runs at full speed too
SERVER = """
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "benchmark")
        super().end_headers()
    def log_message(self, *args):
        pass
handler = functools.partial(Handler, directory=sys.argv[2])
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
"""


def timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    return time.perf_counter() - start, done


def main() -> None:
    byte_compile()  # as pip installs it (benchmarks/installed.py)
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--audit-jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--peers", default="linkchecker,pyseoanalyzer")
    args = parser.parse_args()
    pages = args.pages + 1  # and the home page
    results: dict[str, object] = {"cpus": os.cpu_count(), "pages": pages}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        generate(site, args.pages)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(site)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        config = Path(tmp) / "linkcheckerrc"
        config.write_text("[checking]\nmaxrequestspersecond=1000\n", encoding="utf-8")
        url = f"http://127.0.0.1:{port}/"
        try:
            time.sleep(1.0)
            seconds, done = timed([sys.executable, "-m", "seokit", "crawl", url, "--allow-private",
                                   "--max-pages", str(pages + 10), "--audit-jobs",
                                   str(args.audit_jobs), "--db", str(Path(tmp) / "crawl.sqlite"),
                                   "-f", "json", "-o", str(Path(tmp) / "report.json")], Path(tmp))
            report = json.loads((Path(tmp) / "report.json").read_text())
            audited = len(report["documents"])
            results["seokit"] = {"seconds": round(seconds, 1), "pages_audited": audited,
                                 "pages_per_second": round(audited / seconds, 1),
                                 "exit": done.returncode}
            if "linkchecker" in args.peers and (PEERS / "linkchecker").exists():
                seconds, done = timed([str(PEERS / "linkchecker"), "-f", str(config),
                                       "--no-status", "-o", "none", url], Path(tmp))
                results["linkchecker"] = {"seconds": round(seconds, 1),
                                          "pages_per_second": round(pages / seconds, 1),
                                          "exit": done.returncode}
            if "pyseoanalyzer" in args.peers and (PEERS / "python").exists():
                seconds, done = timed([str(PEERS / "python"), "-m", "pyseoanalyzer", url,
                                       "-f", "json"], Path(tmp))
                crawled = len(json.loads(done.stdout)["pages"]) if done.returncode == 0 else 0
                results["python_seo_analyzer"] = {
                    "seconds": round(seconds, 1), "pages_crawled": crawled,
                    "pages_per_second": round(crawled / seconds, 1), "exit": done.returncode}
        finally:
            server.terminate()
            server.wait()
    rate = results["seokit"]["pages_per_second"]  # type: ignore[index]
    for peer in ("linkchecker", "python_seo_analyzer"):
        if peer in results and results[peer]["pages_per_second"]:  # type: ignore[index]
            results[f"seokit_vs_{peer}"] = round(rate / results[peer]["pages_per_second"], 2)  # type: ignore[index]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
