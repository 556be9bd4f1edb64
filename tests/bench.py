#!/usr/bin/env python3
"""make bench: throughput and peak memory of each lede program, measured in
one run on the same text, beside cat and wc -w for scale.

Each program runs under bin/peak (tests/peak.c), which reports its wall
time, CPU time and peak resident memory.  The text is 20 MB of news (the development corpora's texts repeated when
../shared is there, else the bundled article repeated), and a 200 MB copy
to show that lede-split's peak memory does not grow with the input.
Timing is wall clock on an otherwise idle machine: run it more than once.
"""
import json, os, subprocess, sys, tempfile, time

TOP = os.getcwd()
BIN = os.path.join(TOP, 'bin')
SHARED = os.environ.get('SHARED', os.path.join(TOP, '..', 'shared'))
MB = 1 << 20


def texts():
    out = []
    for rel in ('corpora/sentences/gum_news_dev.jsonl', 'corpora/sentences/pud_news_dev.jsonl',
                'corpora/quotes/polnear_quotes.jsonl', 'corpora/timex/te3_silver.jsonl'):
        p = os.path.join(SHARED, rel)
        if os.path.exists(p):
            with open(p, encoding='utf-8') as f:
                out += [json.loads(l)['text'] for l in f if l.strip()]
    if not out:
        with open(os.path.join(TOP, 'examples', 'rferl-2020-10-21.txt'), encoding='utf-8') as f:
            out = [f.read()]
    return out


def make_files(tmp, size):
    docs = texts()
    raw = os.path.join(tmp, 'news-%d.txt' % (size // MB))
    recs = os.path.join(tmp, 'news-%d.jsonl' % (size // MB))
    n = 0
    with open(raw, 'w', encoding='utf-8') as fr, open(recs, 'w', encoding='utf-8') as fj:
        i = 0
        while n < size:
            t = docs[i % len(docs)]
            fr.write(t + '\n\n')
            fj.write(json.dumps({'doc': 'd%d' % i, 'dct': '2020-10-21', 'text': t}) + '\n')
            n += len(t.encode('utf-8')) + 2
            i += 1
    return raw, recs, n


def run(cmd, stdin_path):
    """Run cmd (a list) under bin/peak with stdin from a file, stdout
    discarded: wall seconds, peak resident KB, CPU seconds."""
    with open(stdin_path, 'rb') as f:
        p = subprocess.run([os.path.join(BIN, 'peak')] + cmd, stdin=f,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit('bench: %s exited %d: %s' % (' '.join(cmd), p.returncode, p.stderr.decode()[-500:]))
    wall, cpu, kb = p.stderr.decode().split('\n')[-2].split()
    return float(wall), int(kb), float(cpu)


def stage_input(tmp, recs, upto):
    """The records a stage reads: the pipeline run up to (not including) it."""
    path = os.path.join(tmp, 'in-%s.jsonl' % upto)
    chain = ['lede-split -j']
    for prog in ('lede-ents', 'lede-dates', 'lede-quotes'):
        if prog == upto:
            break
        if os.path.exists(os.path.join(BIN, prog)):
            chain.append(prog)
    cmd = ' | '.join(os.path.join(BIN, c) for c in chain)
    with open(recs, 'rb') as f, open(path, 'wb') as o:
        subprocess.run(cmd, shell=True, stdin=f, stdout=o, check=True)
    return path


def main():
    rows = []
    with tempfile.TemporaryDirectory(prefix='lede-bench.') as tmp:
        raw, recs, n = make_files(tmp, 20 * MB)
        mb = n / MB
        print('text: %.1f MB of news, %d bytes' % (mb, n))
        with open(raw, 'rb') as f:
            words = sum(len(line.split()) for line in f)
        for name, cmd, path in (('cat', ['cat'], raw), ('wc -w', ['wc', '-w'], raw),
                                ('lede-split', [os.path.join(BIN, 'lede-split')], raw)):
            dt, kb, cpu = run(cmd, path)
            rows.append((name, mb / dt, words / dt, kb / 1024, cpu / mb))
        for prog in ('lede-ents', 'lede-dates', 'lede-quotes', 'lede-facts'):
            if not os.path.exists(os.path.join(BIN, prog)):
                continue
            path = stage_input(tmp, recs, prog)
            dt, kb, cpu = run([os.path.join(BIN, prog)], path)
            rows.append((prog + ' (records)', os.path.getsize(path) / MB / dt, words / dt, kb / 1024, cpu / mb))
        chain = ['lede-split -j'] + [p for p in ('lede-ents', 'lede-dates', 'lede-quotes', 'lede-facts')
                                    if os.path.exists(os.path.join(BIN, p))]
        if len(chain) > 1:
            cmd = ['sh', '-c', ' | '.join(os.path.join(BIN, c) for c in chain)]
            dt, kb, cpu = run(cmd, recs)
            rows.append(('pipeline: ' + ' | '.join(c.split()[0] for c in chain), mb / dt, words / dt, kb / 1024, cpu / mb))
        print('%-40s %10s %12s %10s %10s' % ('program', 'MB/s', 'words/s', 'peak MB', 'CPU s/MB'))
        for r in rows:
            print('%-40s %10.1f %12.0f %10.1f %10.4f' % r)
        raw200, _, n200 = make_files(tmp, 200 * MB)
        dt, kb, cpu = run([os.path.join(BIN, 'lede-split'), '-j'], recs)
        _, recs200, _ = raw200, os.path.join(tmp, 'news-200.jsonl'), n200
        dt2, kb2, cpu2 = run([os.path.join(BIN, 'lede-split'), '-j'], recs200)
        print('lede-split -j peak memory: %.1f MB on 20 MB, %.1f MB on 200 MB of document records'
              % (kb / 1024, kb2 / 1024))


if __name__ == '__main__':
    main()
