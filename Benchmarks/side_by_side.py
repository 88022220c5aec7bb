#!/usr/bin/env python3
"""Runs promoflow and its peers side by side, in one session, and prints the ratios the
performance targets are about (see Docs/performance.md):

  validate  `promoflow validate` of a 10,000-step flow against PyYAML's C loader
            (yaml.CSafeLoader) just parsing the same file, in every shape users bring: block
            style, minified JSON (`kubectl get -o json | jq -c`), one flow-style line, pretty
            JSON and heavily commented block style: target <= 1.5x each; and 20,000 steps
            against 10,000 in each shape: target <= 2.5x (linear time)
  render    `promoflow render --format text` of 1,000 environments against `dot -Tplain` on the
            same graph: target >= 10x faster
  bench     promoflow-bench --json: frame_ms_1000 <= 16, peak_rss_mb_1000 <= 40

usage: Benchmarks/side_by_side.py [RUNS]       (needs hyperfine, graphviz and PyYAML with libyaml:
       apt-get install -y hyperfine graphviz python3-yaml)
"""
import json
import os
import platform
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")


def run(command, **options):
    return subprocess.run(command, check=True, cwd=ROOT, text=True, capture_output=True, **options)


def hyperfine(runs, commands, work):
    """Mean and standard deviation (seconds) of each whole-process command."""
    report = os.path.join(work, "hyperfine.json")
    run(["hyperfine", "-N", "--warmup", "2", "--runs", str(runs), "--export-json", report, *commands])
    with open(report) as file:
        return [(result["mean"], result["stddev"]) for result in json.load(file)["results"]]


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as file:
        for line in file:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    swift = run(["swift", "--version"]).stdout.splitlines()[0]
    dot = run(["dot", "-V"]).stderr.strip()
    import yaml
    import yaml._yaml

    return (
        f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, {platform.platform()}\n"
        f"{swift}\n{dot}; PyYAML {yaml.__version__} with libyaml {yaml._yaml.get_version_string()}"
    )


def loaded(block):
    import yaml

    return yaml.load(block, Loader=yaml.CSafeLoader)


def commented(block):
    """Block style with a comment line above every line and a comment at the end of every
    line: the shape of a file reviewed by many hands."""
    lines = []
    for number, line in enumerate(block.splitlines()):
        indent = line[: len(line) - len(line.lstrip())]
        lines.append(f"{indent}# line {number}: why this is here, who asked for it, and when")
        lines.append(f"{line}  # note {number}")
    return "\n".join(lines)


SHAPES = {
    "block style": lambda block: block,
    "minified JSON": lambda block: json.dumps(loaded(block), separators=(",", ":")),
    "flow style, one line": lambda block: __import__("yaml").dump(
        loaded(block), default_flow_style=True, width=10**9),
    "pretty JSON": lambda block: json.dumps(loaded(block), indent=2),
    "heavily commented": commented,
}


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    run(["swift", "build", "-c", "release", "--product", "promoflow"])
    run(["swift", "build", "-c", "release", "--product", "promoflow-bench"])
    promoflow = os.path.join(RELEASE, "promoflow")
    print(machine())
    failures = []

    def verdict(name, passed, text):
        print(f"{name:<44}{text}  {'ok' if passed else 'MISSED'}")
        if not passed:
            failures.append(name)

    with tempfile.TemporaryDirectory() as work:
        os.mkdir(os.path.join(work, "medium"))
        medium = os.path.join(work, "medium", "flow-1000.yaml")
        graph = os.path.join(work, "flow-1000.dot")
        with open(medium, "w") as file:
            file.write(run([sys.executable, "Benchmarks/generate_flow.py", "1000", "1"]).stdout)
        with open(graph, "w") as file:
            file.write(run([promoflow, "render", "--format", "dot", medium]).stdout)

        parse = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
        print()
        for shape in SHAPES:
            means = {}
            for count in [10000, 20000]:
                # Each flow in a folder of its own: promoflow reads the flow's workspace (its folder).
                folder = os.path.join(work, f"{shape.replace(' ', '-').replace(',', '')}-{count}")
                os.mkdir(folder)
                path = os.path.join(folder, f"flow-{count}.yaml")
                block = run([sys.executable, "Benchmarks/generate_flow.py", str(count), "1"]).stdout
                with open(path, "w") as file:
                    file.write(SHAPES[shape](block).rstrip("\n") + "\n")
                (ours, ours_sd), (peer, peer_sd) = hyperfine(
                    runs, [f"{promoflow} validate {path}", f"{sys.executable} -c \"{parse}\" {path}"], work)
                means[count] = ours
                print(f"validate {count:>6,} steps, {shape:<21} promoflow {ours * 1000:5.0f} ms ± {ours_sd * 1000:3.0f}"
                      f"   PyYAML CSafeLoader parse {peer * 1000:5.0f} ms ± {peer_sd * 1000:3.0f}")
                if count == 10000:
                    verdict(f"  {shape}: time / PyYAML parse (<= 1.5)", ours / peer <= 1.5,
                            f"{ours / peer:6.2f}")
            growth = means[20000] / means[10000]
            verdict(f"  {shape}: 20,000 / 10,000 steps (<= 2.5)", growth <= 2.5, f"{growth:6.2f}")

        (ours, ours_sd), (peer, peer_sd) = hyperfine(
            runs, [f"{promoflow} render --format text {medium}", f"dot -Tplain {graph}"], work)
        print(f"\nrender 1,000 envs       promoflow {ours * 1000:.0f} ms ± {ours_sd * 1000:.0f}"
              f"   dot -Tplain {peer * 1000:.0f} ms ± {peer_sd * 1000:.0f}")
        verdict("dot time / render time (>= 10)", peer / ours >= 10, f"{peer / ours:6.1f}")

    figures = json.loads(run([os.path.join(RELEASE, "promoflow-bench"), "--json"]).stdout)
    print("\npromoflow-bench (in-process, medians):")
    for name, value in figures.items():
        print(f"  {name:<28}{value:9.2f}")
    verdict("frame_ms_1000 (<= 16)", figures["frame_ms_1000"] <= 16, f"{figures['frame_ms_1000']:6.2f}")
    verdict("peak_rss_mb_1000 (<= 40)", figures["peak_rss_mb_1000"] <= 40,
            f"{figures['peak_rss_mb_1000']:6.2f}")
    if failures:
        print(f"\nmissed: {', '.join(failures)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
