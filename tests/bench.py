#!/usr/bin/env python3
"""make bench: throughput and peak memory of each lede program, measured in
one run on the same text, beside cat and wc -w for scale.

Each program runs under bin/peak (tests/peak.c), which reports its wall
time, CPU time and peak resident memory.  The text is 20 MB of news (the development corpora's texts repeated when
../shared is there, else the bundled article repeated), and a 200 MB copy
to show that lede-split's peak memory does not grow with the input.
Timing is wall clock on an otherwise idle machine: run it more than once.

Then, on the first PEER_MB (2) MB of the same documents, lede beside the
peers a user would otherwise pick, each where installed (make peers; apt's
python3-nltk and python3-dateparser), else skipped: sentences (sbd, NLTK
punkt), names (wink-nlp, compromise) and dates (chrono-node, dateparser).
Each is timed as CPU seconds (user+sys) of its whole process, less the
same process on one empty document (start-up, loading a model), per MB;
lede reads the sample ten times over, to be measurable.  The drivers are
tests/peers/peer.js and peer.py.
"""
import json, os, shutil, subprocess, sys, tempfile, time

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
    quality(peers())


PEER_MB = float(os.environ.get('PEER_MB', '2'))
PEERS = os.path.join(TOP, 'tests', 'peers')
NODE_MODULES = os.path.join(TOP, 'bin', 'peers', 'node_modules')


def python_with(module):
    """An interpreter that imports module: Debian's, where apt installs it,
    else the one running this; None when neither does."""
    for py in ('/usr/bin/python3', sys.executable):
        if os.path.exists(py) and subprocess.run([py, '-c', 'import ' + module],
                                                 stderr=subprocess.DEVNULL).returncode == 0:
            return py
    return None


def measure(cmd, path, found):
    """CPU seconds (user+sys) of cmd reading path, and found(its output)."""
    env = dict(os.environ, NODE_PATH=NODE_MODULES)
    with open(path, 'rb') as f, tempfile.TemporaryFile() as out:
        p = subprocess.run([os.path.join(BIN, 'peak')] + cmd, stdin=f, stdout=out,
                           stderr=subprocess.PIPE, env=env)
        if p.returncode != 0:
            sys.exit('bench: %s exited %d: %s' % (' '.join(cmd), p.returncode, p.stderr.decode()[-500:]))
        out.seek(0)
        n = found(out)
    wall, cpu, kb = p.stderr.decode().split('\n')[-2].split()
    return float(cpu), n


def lines(out):
    return sum(1 for _ in out)


def members(name):
    return lambda out: sum(len(json.loads(l).get(name) or ()) for l in out if l.strip())


def peer_n(out):
    return sum(json.loads(l)['n'] for l in out if l.strip())


def peers():
    with tempfile.TemporaryDirectory(prefix='lede-peers.') as tmp:
        docs = texts()
        sample = os.path.join(tmp, 'sample.jsonl')
        empty = os.path.join(tmp, 'empty.jsonl')
        times10 = os.path.join(tmp, 'sample10.jsonl')
        n = i = 0
        with open(sample, 'w', encoding='utf-8') as f:
            while n < PEER_MB * MB:
                t = docs[i % len(docs)]
                f.write(json.dumps({'doc': 'd%d' % i, 'dct': '2020-10-21', 'text': t}) + '\n')
                n += len(t.encode('utf-8'))
                i += 1
        with open(empty, 'w') as f:
            f.write('{"doc":"empty","dct":"2020-10-21","text":""}\n')
        with open(sample, 'rb') as f:
            data = f.read()
        with open(times10, 'wb') as f:
            f.write(data * 10)
        mb = n / MB
        node = shutil.which('node')
        have_node = node is not None and os.path.isdir(NODE_MODULES)
        split = os.path.join(BIN, 'lede-split') + ' -j'
        tasks = (
            ('sentences', ('lede-split -j', ['sh', '-c', split], lines), (
                ('sbd', have_node and os.path.isdir(os.path.join(NODE_MODULES, 'sbd')),
                 lambda: [node, os.path.join(PEERS, 'peer.js'), 'sbd']),
                ('nltk punkt (untrained)', python_with('nltk'),
                 lambda: [python_with('nltk'), os.path.join(PEERS, 'peer.py'), 'punkt']))),
            ('names', ('lede-split -j | lede-ents',
                       ['sh', '-c', split + ' | ' + os.path.join(BIN, 'lede-ents')], members('ents')), (
                ('wink-nlp (lite model)', have_node and os.path.isdir(os.path.join(NODE_MODULES, 'wink-eng-lite-web-model')),
                 lambda: [node, os.path.join(PEERS, 'peer.js'), 'wink']),
                ('compromise', have_node and os.path.isdir(os.path.join(NODE_MODULES, 'compromise')),
                 lambda: [node, os.path.join(PEERS, 'peer.js'), 'compromise']))),
            ('dates', ('lede-split -j | lede-dates',
                       ['sh', '-c', split + ' | ' + os.path.join(BIN, 'lede-dates')], members('timex')), (
                ('chrono-node', have_node and os.path.isdir(os.path.join(NODE_MODULES, 'chrono-node')),
                 lambda: [node, os.path.join(PEERS, 'peer.js'), 'chrono']),
                ('dateparser', python_with('dateparser'),
                 lambda: [python_with('dateparser'), os.path.join(PEERS, 'peer.py'), 'dateparser']))),
        )
        print()
        print('peers: %.1f MB sample (%d documents); CPU s per MB less start-up; x = CPU times lede\'s' % (mb, i))
        print('%-10s %-28s %10s %10s %10s %8s' % ('task', 'program', 'CPU s/MB', 'MB/CPU s', 'found', 'x lede'))
        for task, (name, cmd, found), others in tasks:
            cpu, n_found = measure(cmd, times10, found)
            cpu0, _ = measure(cmd, empty, found)
            lede = max(cpu - cpu0, 1e-6) / (10 * mb)
            print('%-10s %-28s %10.4f %10.1f %10d %8s' % (task, name, lede, 1 / lede, n_found // 10, '1'))
            for peer, present, peer_cmd in others:
                if not present:
                    hint = {'nltk punkt (untrained)': 'apt-get install python3-nltk',
                            'dateparser': 'apt-get install python3-dateparser'}.get(peer, 'make peers')
                    print('%-10s %-28s %10s' % (task, peer, 'absent, skipped (%s)' % hint))
                    continue
                cpu, n_found = measure(peer_cmd(), sample, peer_n)
                cpu0, _ = measure(peer_cmd(), empty, peer_n)
                per_mb = max(cpu - cpu0, 1e-6) / mb
                print('%-10s %-28s %10.4f %10.2f %10d %8.0f' % (task, peer, per_mb, 1 / per_mb, n_found, per_mb / lede))
    return tasks


def score(cmd, args, json_to=None):
    """Run a scorer of ../shared/eval; its --json summary."""
    p = subprocess.run([sys.executable, os.path.join(SHARED, 'eval', cmd)] + args,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, NODE_PATH=NODE_MODULES))
    if p.returncode != 0:
        sys.exit('bench: %s failed: %s' % (cmd, p.stderr.decode()[-500:]))
    if json_to:
        with open(json_to) as f:
            return json.load(f)
    return json.loads(p.stdout)


def pooled(cmd, gold, member, path):
    """Run cmd once on the gold documents; one record per document with
    every span it found in member, for a scorer's --system."""
    with open(gold, 'rb') as f:
        p = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, check=True,
                           env=dict(os.environ, NODE_PATH=NODE_MODULES))
    docs = {}
    for line in p.stdout.decode('utf-8').splitlines():
        if line.strip():
            r = json.loads(line)
            docs.setdefault(r.get('doc'), []).extend(r.get(member) or [])
    with open(path, 'w', encoding='utf-8') as f:
        for doc, spans in docs.items():
            f.write(json.dumps({'doc': doc, member: spans}) + '\n')


def quality(tasks):
    """The same programs scored by ../shared/eval on gold data: lede was
    developed on these sets, the peers never saw them."""
    corp = os.path.join(SHARED, 'corpora')
    if not os.path.isdir(os.path.join(SHARED, 'eval')):
        print('quality: ../shared is absent, skipped')
        return
    print()
    print('quality by ../shared/eval (lede was developed on these sets, the peers never saw them)')
    print('%-10s %-28s %s' % ('task', 'program', 'scores'))
    shell = lambda cmd: ' '.join("'%s'" % a if ' ' in a else a for a in cmd)
    with tempfile.TemporaryDirectory(prefix='lede-quality.') as tmp:
        for task, (name, cmd, _), others in tasks:
            systems = [(name, cmd if cmd[0] != 'sh' else cmd[2])]
            for peer, present, peer_cmd in others:
                if present:
                    systems.append((peer, shell(peer_cmd()[:2] + ['-s'] + peer_cmd()[2:])))
                else:
                    print('%-10s %-28s %s' % (task, peer, 'absent, skipped'))
            for label, sys_cmd in systems:
                if task == 'sentences':
                    out = os.path.join(tmp, 'sent.json')
                    files = [os.path.join(corp, 'sentences', f) for f in
                             ('golden_rules_en.jsonl', 'gum_news_dev.jsonl', 'pud_news_dev.jsonl')]
                    r = score('sent_eval.py', ['--batch', '--cmd', sys_cmd, '--json', out] + files, out)
                    golden = [x for x in r['results'] if x['kind'] == 'golden'][0]
                    tp = pred = gold = 0
                    for x in r['results']:
                        if x['kind'] == 'corpus':
                            a = x['groups']['ALL']['all']
                            tp, pred, gold = tp + a['tp'], pred + a['pred'], gold + a['gold']
                    f1 = 2 * tp / (pred + gold) if pred + gold else 0
                    print('%-10s %-28s boundary F1 %.1f (GUM+PUD news), golden rules %d/%d'
                          % (task, label, 100 * f1, golden['passed'], golden['total']))
                elif task == 'names':
                    if label.startswith('wink'):
                        print('%-10s %-28s %s' % (task, label, 'no person, place or organisation types: not scored'))
                        continue
                    r = score('ner_eval.py', ['--gold', os.path.join(corp, 'ner', 'testa.jsonl'),
                                              '--cmd-jsonl', sys_cmd, '--types', 'PER,ORG,LOC', '--json'])
                    o = r['overall']
                    print('%-10s %-28s F1 %.1f (P %.1f, R %.1f) exact PER/ORG/LOC, CoNLL-2003 testa'
                          % (task, label, o['F1'], o['P'], o['R']))
                else:
                    gold = os.path.join(corp, 'timex', 'tbaq_train.jsonl')
                    sysf = os.path.join(tmp, 'timex.jsonl')
                    pooled(['sh', '-c', sys_cmd], gold, 'timex', sysf)
                    r = score('timex_eval.py', [gold, '--system', sysf, '--json'])
                    print('%-10s %-28s relaxed F1 %.1f, strict %.1f, value F1 %.1f (TempEval-3, TimeBank+AQUAINT)'
                          % (task, label, 100 * r['relaxed']['F1'], 100 * r['strict']['F1'], 100 * r['value']['F1']))


if __name__ == '__main__':
    if sys.argv[1:] == ['peers']:
        quality(peers())
    else:
        main()
