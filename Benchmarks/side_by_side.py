#!/usr/bin/env python3
"""Runs promoflow and its peers side by side, in one session, and prints the ratios the
performance targets are about (see Docs/performance.md):

  validate  `promoflow validate` of a 10,000-step flow against PyYAML's C loader
            (yaml.CSafeLoader) just parsing the same file: target <= 1.5x; the same flow as
            minified JSON (`kubectl get -o json | jq -c`) and as one flow-style line, the
            shapes whose long lines once made reading quadratic
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
        # Each flow in a folder of its own: promoflow reads the flow's workspace (its folder).
        for folder in ["large", "medium"]:
            os.mkdir(os.path.join(work, folder))
        large = os.path.join(work, "large", "flow-10000.yaml")
        medium = os.path.join(work, "medium", "flow-1000.yaml")
        graph = os.path.join(work, "flow-1000.dot")
        for path, count in [(large, 10000), (medium, 1000)]:
            with open(path, "w") as file:
                file.write(run([sys.executable, "Benchmarks/generate_flow.py", str(count), "1"]).stdout)
        with open(graph, "w") as file:
            file.write(run([promoflow, "render", "--format", "dot", medium]).stdout)

        parse = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
        (ours, ours_sd), (peer, peer_sd) = hyperfine(
            runs, [f"{promoflow} validate {large}", f"{sys.executable} -c \"{parse}\" {large}"], work)
        print(f"\nvalidate 10,000 steps   promoflow {ours * 1000:.0f} ms ± {ours_sd * 1000:.0f}"
              f"   PyYAML CSafeLoader parse {peer * 1000:.0f} ms ± {peer_sd * 1000:.0f}")
        verdict("validate time / PyYAML parse time (<= 1.5)", ours / peer <= 1.5, f"{ours / peer:6.2f}")

        # The same flow on one line: minified JSON, and YAML flow style.
        import yaml

        with open(large) as file:
            data = yaml.load(file, Loader=yaml.CSafeLoader)
        shapes = {
            "minified JSON": json.dumps(data, separators=(",", ":")),
            "flow style, one line": yaml.dump(data, default_flow_style=True, width=10**9),
        }
        for index, (shape, text) in enumerate(shapes.items()):
            os.mkdir(os.path.join(work, f"line{index}"))
            path = os.path.join(work, f"line{index}", "flow-10000.yaml")
            with open(path, "w") as file:
                file.write(text.rstrip("\n") + "\n")
            (ours, ours_sd), (peer, peer_sd) = hyperfine(
                runs, [f"{promoflow} validate {path}", f"{sys.executable} -c \"{parse}\" {path}"], work)
            print(f"\nvalidate 10,000 steps, {shape:<21} promoflow {ours * 1000:.0f} ms ± {ours_sd * 1000:.0f}"
                  f"   PyYAML CSafeLoader parse {peer * 1000:.0f} ms ± {peer_sd * 1000:.0f}")
            verdict(f"  {shape}: time / PyYAML parse (<= 1.5)", ours / peer <= 1.5, f"{ours / peer:6.2f}")

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
