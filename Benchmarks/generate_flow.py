#!/usr/bin/env python3
"""Writes a random promotion flow: N environments, each depending on 1-3 earlier ones.

usage: generate_flow.py N SEED [--catalog]   (the flow YAML goes to stdout)
"""
import random
import sys


def flow(count, seed):
    rng = random.Random(seed)
    lines = [
        "apiVersion: codefresh.io/v1beta1",
        "kind: PromotionFlow",
        "metadata:",
        f"  name: random-{count}-{seed}",
        "spec:",
        "  triggerEnvironment: env-0",
        "  steps:",
    ]
    for index in range(1, count):
        parents = sorted({rng.randrange(index) for _ in range(rng.choice([1, 1, 2, 3]) if index > 3 else 1)})
        lines.append(f"    - environment: env-{index}")
        lines.append(f"      dependsOn: [{', '.join(f'env-{p}' for p in parents)}]")
        action = rng.choice(["commit", "pr", "none", None])
        if action:
            lines.append("      policy:")
            lines.append(f"        action: {action}")
            if rng.random() < 0.3:
                lines.append("        preAction: smoke-tests")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(flow(int(sys.argv[1]), int(sys.argv[2])))
