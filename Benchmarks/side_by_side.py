#!/usr/bin/env python3
"""Runs promoflow and its peers side by side, in one session, and prints the ratios the
performance targets are about (see Docs/performance.md):

  validate  `promoflow validate` of a 10,000-step flow against PyYAML's C loader
            (yaml.CSafeLoader) just parsing the same file, in every shape users bring: block
            style, minified JSON (`kubectl get -o json | jq -c`), one flow-style line, pretty
            JSON and heavily commented block style: target <= 1.5x each; and 20,000 steps
            against 10,000 in each shape: target <= 2.5x (linear time)
  workspace `promoflow validate` of a 10,000-step flow whose folder also holds a 20,000-step
            flow and 200 Argo CD Applications (4.7 MB), against PyYAML parsing the flow
            alone: target <= 1.5x (the repository around a flow costs nothing)
  render    `promoflow render --format text` against `dot -Tplain` on the same graph, for each
            shape promoflow-bench generates (random, chain, layered, fan): at 1,000
            environments target >= 10x faster, at 100 environments faster (> 1x)
  bench     promoflow-bench --json for each shape at 1,000 environments: frame_ms and
            frame_structural_ms <= 16; at 60 environments <= 4; peak_rss_mb <= 40

usage: Benchmarks/side_by_side.py [RUNS] [validate|workspace|render|bench ...]
       (all sections unless named; needs hyperfine, graphviz and PyYAML with libyaml:
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


SHAPES_OF_GRAPHS = ["random", "chain", "layered", "fan"]


def application(index):
    """An Argo CD Application of about 24 KB (inline Helm values), the bulk of a real
    configuration repository."""
    values = "\n".join(f"          key{line}: value-{index}-{line}-" + "x" * 40 for line in range(300))
    return (f"apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app-{index}\n"
            f"  namespace: argocd\nspec:\n  project: default\n  source:\n"
            f"    repoURL: https://github.com/example/apps.git\n    path: apps/app-{index}\n"
            f"    helm:\n      values: |\n        config:\n{values}\n"
            f"  destination: {{server: https://kubernetes.default.svc, namespace: app-{index}}}\n")


class Session:
    def __init__(self, runs, work):
        self.runs = runs
        self.work = work
        self.promoflow = os.path.join(RELEASE, "promoflow")
        self.bench = os.path.join(RELEASE, "promoflow-bench")
        self.failures = []

    def verdict(self, name, passed, text):
        print(f"{name:<52}{text}  {'ok' if passed else 'MISSED'}")
        if not passed:
            self.failures.append(name.strip())

    def generated(self, folder, name, count, shape=None):
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name)
        if shape:
            text = run([self.bench, "--print-flow", "--shape", shape, "--environments", str(count)]).stdout
        else:
            text = run([sys.executable, "Benchmarks/generate_flow.py", str(count), "1"]).stdout
        with open(path, "w") as file:
            file.write(text)
        return path, text

    def validate(self):
        print()
        for shape in SHAPES:
            means = {}
            for count in [10000, 20000]:
                # Each flow in a folder of its own: promoflow reads the flow's workspace (its folder).
                folder = os.path.join(self.work, f"{shape.replace(' ', '-').replace(',', '')}-{count}")
                path, block = self.generated(folder, f"flow-{count}.yaml", count)
                with open(path, "w") as file:
                    file.write(SHAPES[shape](block).rstrip("\n") + "\n")
                (ours, ours_sd), (peer, peer_sd) = hyperfine(
                    self.runs, [f"{self.promoflow} validate {path}", f"{sys.executable} -c \"{PARSE}\" {path}"],
                    self.work)
                means[count] = ours
                print(f"validate {count:>6,} steps, {shape:<21} promoflow {ours * 1000:5.0f} ms ± {ours_sd * 1000:3.0f}"
                      f"   PyYAML CSafeLoader parse {peer * 1000:5.0f} ms ± {peer_sd * 1000:3.0f}")
                if count == 10000:
                    self.verdict(f"  {shape}: time / PyYAML parse (<= 1.5)", ours / peer <= 1.5,
                                 f"{ours / peer:6.2f}")
            growth = means[20000] / means[10000]
            self.verdict(f"  {shape}: 20,000 / 10,000 steps (<= 2.5)", growth <= 2.5, f"{growth:6.2f}")

    def workspace(self):
        folder = os.path.join(self.work, "repository")
        path, _ = self.generated(folder, "flow.yaml", 10000)
        self.generated(folder, "other-flow.yaml", 20000)
        os.makedirs(os.path.join(folder, "apps"), exist_ok=True)
        for index in range(200):
            with open(os.path.join(folder, "apps", f"app-{index}.yaml"), "w") as file:
                file.write(application(index))
        alone, _ = self.generated(os.path.join(self.work, "alone"), "flow.yaml", 10000)
        (ours, ours_sd), (bare, bare_sd), (peer, peer_sd) = hyperfine(
            self.runs, [f"{self.promoflow} validate {path}", f"{self.promoflow} validate {alone}",
                        f"{sys.executable} -c \"{PARSE}\" {path}"], self.work)
        print(f"\nvalidate 10,000 steps beside a 20,000-step flow and 200 Applications: promoflow "
              f"{ours * 1000:.0f} ms ± {ours_sd * 1000:.0f} (alone {bare * 1000:.0f} ms ± {bare_sd * 1000:.0f})"
              f"   PyYAML parse of the flow alone {peer * 1000:.0f} ms ± {peer_sd * 1000:.0f}")
        self.verdict("  in a repository: time / PyYAML parse (<= 1.5)", ours / peer <= 1.5, f"{ours / peer:6.2f}")

    def render(self):
        print()
        for shape in SHAPES_OF_GRAPHS:
            for count in [1000, 100]:
                folder = os.path.join(self.work, f"render-{shape}-{count}")
                path, _ = self.generated(folder, "flow.yaml", count, shape)
                graph = os.path.join(folder, "flow.dot")
                with open(graph, "w") as file:
                    file.write(run([self.promoflow, "render", "--format", "dot", path]).stdout)
                (ours, ours_sd), (peer, peer_sd) = hyperfine(
                    self.runs, [f"{self.promoflow} render --format text {path}", f"dot -Tplain {graph}"], self.work)
                print(f"render {shape:<8} {count:>5,} envs  promoflow {ours * 1000:6.0f} ms ± {ours_sd * 1000:4.0f}"
                      f"   dot -Tplain {peer * 1000:7.0f} ms ± {peer_sd * 1000:5.0f}")
                target = 10 if count == 1000 else 1
                self.verdict(f"  {shape}, {count}: dot time / render time (>= {target})",
                             peer / ours >= target if count == 1000 else peer / ours > target,
                             f"{peer / ours:6.2f}")

    def benchmarks(self):
        print("\npromoflow-bench (in-process, medians, ms):")
        for shape in SHAPES_OF_GRAPHS:
            for count, target in [(1000, 16), (60, 4)]:
                figures = json.loads(run([self.bench, "--json", "--shape", shape, "--environments", str(count)]).stdout)
                shown = {k: v for k, v in figures.items() if isinstance(v, (int, float)) and k != "environments"}
                print(f"  {shape} {count}: " + ", ".join(f"{k} {v:.2f}" for k, v in shown.items()))
                for key in ["frame_ms", "frame_structural_ms"]:
                    self.verdict(f"  {shape}, {count}: {key} (<= {target})", figures[key] <= target,
                                 f"{figures[key]:6.2f}")
                if count == 1000:
                    self.verdict(f"  {shape}, {count}: peak_rss_mb (<= 40)", figures["peak_rss_mb"] <= 40,
                                 f"{figures['peak_rss_mb']:6.2f}")


PARSE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
SECTIONS = {"validate": Session.validate, "workspace": Session.workspace, "render": Session.render,
            "bench": Session.benchmarks}


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 10
    named = [name for name in sys.argv[1:] if not name.isdigit()]
    unknown = [name for name in named if name not in SECTIONS]
    if unknown:
        sys.exit(f"unknown section {', '.join(unknown)}; the sections are {', '.join(SECTIONS)}")
    run(["swift", "build", "-c", "release", "--product", "promoflow"])
    run(["swift", "build", "-c", "release", "--product", "promoflow-bench"])
    print(machine())
    with tempfile.TemporaryDirectory() as work:
        session = Session(runs, work)
        for name in named or list(SECTIONS):
            SECTIONS[name](session)
    if session.failures:
        print(f"\nmissed: {', '.join(session.failures)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
