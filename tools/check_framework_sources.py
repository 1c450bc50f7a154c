#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the framework-convention tables of issue 13 and the source lines they cite.

What it checks
    1. The three tables tests/core/data/framework_pytorch.csv,
       framework_tfjs.csv and framework_sources.csv: each starts with the
       columns

           case,expression,x,framework,version,dtype,value,note

       (framework_sources.csv adds repository,commit,path,lines,quote);
       framework is pytorch, tensorflow, jax or tfjs and dtype float32 or
       float64; value reads as a float (nan allowed); there is one row per
       (case, x, framework, dtype); and a case has the same expression and x
       in every file.
    2. With --git REPO=GITDIR (repeatable), every citation in
       framework_sources.csv whose repository is REPO: the file
       `git --git-dir=GITDIR show COMMIT:PATH` has the cited lines A-B, and
       the quote is the text of the last line(s) of that range, each line
       stripped of its indentation and joined by one space. Several
       citations in one row are separated by " | " in each of repository,
       commit, path, lines and quote. A row of framework_sources.csv with a
       value other than nan must cite at least one line.

    Any local clone that holds the commits will do, e.g. the search tool's
    fetch of github:jax-ml/jax, and for TensorFlow 2.0.0 (commit
    64c3d382cadf7bbe8e7e99884bede8284ff67f56, tag v2.0.0) any clone of
    tensorflow/tensorflow's history that reaches that tag.

Run:
    /usr/bin/python3 tools/check_framework_sources.py \\
        --git tensorflow/tensorflow=/path/to/tensorflow/.git \\
        --git jax-ml/jax=/path/to/jax.git

Exit status: 0 when every check passed; 1 when a table or a citation is
wrong; 2 when a cited repository had no --git (its citations unchecked).
"""

import argparse
import csv
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in tools/

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "core", "data")
FILES = ["framework_pytorch.csv", "framework_tfjs.csv", "framework_sources.csv"]
COMMON = ["case", "expression", "x", "framework", "version", "dtype", "value", "note"]
CITE = ["repository", "commit", "path", "lines", "quote"]
FRAMEWORKS = {"pytorch", "tensorflow", "jax", "tfjs"}
DTYPES = {"float32", "float64"}


def check_tables(problems):
    seen = {}  # case -> (expression, x, file)
    keys = set()
    rows = {}
    for name in FILES:
        path = os.path.join(DATA, name)
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            want = COMMON + (CITE if name == "framework_sources.csv" else [])
            if header != want:
                problems.append("%s: header %s, want %s" % (name, header, want))
                continue
            rows[name] = []
            for n, r in enumerate(reader, start=2):
                if len(r) != len(header):
                    problems.append("%s:%d: %d fields, want %d" % (name, n, len(r), len(header)))
                    continue
                d = dict(zip(header, r))
                rows[name].append((n, d))
                where = "%s:%d" % (name, n)
                if d["framework"] not in FRAMEWORKS:
                    problems.append("%s: framework %r" % (where, d["framework"]))
                if d["dtype"] not in DTYPES:
                    problems.append("%s: dtype %r" % (where, d["dtype"]))
                try:
                    float(d["value"])
                    float(d["x"])
                except ValueError:
                    problems.append("%s: value or x is not a number" % where)
                key = (d["case"], d["x"], d["framework"], d["dtype"])
                if key in keys:
                    problems.append("%s: second row for %s" % (where, key))
                keys.add(key)
                first = seen.setdefault(d["case"], (d["expression"], d["x"], where))
                if first[:2] != (d["expression"], d["x"]):
                    problems.append("%s: case %s is %s at x=%s, but %s at x=%s in %s"
                                    % (where, d["case"], d["expression"], d["x"], first[0],
                                       first[1], first[2]))
    return rows


def git_lines(gitdir, commit, path, cache):
    key = (gitdir, commit, path)
    if key not in cache:
        out = subprocess.run(["git", "--git-dir=" + gitdir, "show", commit + ":" + path],
                             capture_output=True, text=True)
        cache[key] = out.stdout.split("\n") if out.returncode == 0 else None
    return cache[key]


def check_citations(rows, gits, problems, unchecked):
    cache = {}
    checked = 0
    for n, d in rows:
        where = "framework_sources.csv:%d" % n
        parts = [d[c].split(" | ") if d[c] else [] for c in CITE]
        if len({len(p) for p in parts}) != 1:
            problems.append("%s: citation columns have different numbers of entries" % where)
            continue
        if not parts[0] and not math.isnan(float(d["value"])):
            problems.append("%s: a value without a citation" % where)
        for repo, commit, path, lines, quote in zip(*parts):
            if len(commit) != 40 or any(ch not in "0123456789abcdef" for ch in commit):
                problems.append("%s: commit %r is not 40 hex digits" % (where, commit))
                continue
            if repo not in gits:
                unchecked.add(repo)
                continue
            text = git_lines(gits[repo], commit, path, cache)
            if text is None:
                problems.append("%s: %s has no %s at %s" % (where, repo, path, commit))
                continue
            a, _, b = lines.partition("-")
            a, b = int(a), int(b or a)
            if not 1 <= a <= b <= len(text):
                problems.append("%s: lines %s outside %s (%d lines)" % (where, lines, path, len(text)))
                continue
            tails = [" ".join(l.strip() for l in text[j - 1:b]) for j in range(b, a - 1, -1)]
            if quote not in tails:
                problems.append("%s: %s:%s does not end with %r (line %d is %r)"
                                % (where, path, lines, quote, b, text[b - 1].strip()))
                continue
            checked += 1
    return checked


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--git", action="append", default=[], metavar="REPO=GITDIR",
                    help="a local git directory holding REPO's cited commits")
    args = ap.parse_args()
    gits = {}
    for g in args.git:
        repo, sep, gitdir = g.partition("=")
        if not sep:
            ap.error("--git wants REPO=GITDIR, got %r" % g)
        gits[repo] = gitdir

    problems = []
    rows = check_tables(problems)
    unchecked = set()
    checked = check_citations(rows.get("framework_sources.csv", []), gits, problems, unchecked)
    for p in problems:
        print(p)
    print("check_framework_sources: %d rows in %d tables, %d citations verified, %d problems%s"
          % (sum(len(r) for r in rows.values()), len(rows), checked, len(problems),
             "; not checked (no --git): " + ", ".join(sorted(unchecked)) if unchecked else ""))
    if problems:
        return 1
    return 2 if unchecked else 0


if __name__ == "__main__":
    sys.exit(main())
