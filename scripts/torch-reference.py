#!/usr/bin/python3
"""Reference trajectories and learning-rate schedules from PyTorch.

Writes tests/fixtures/torch/trajectories.json, which tests/unit/core/
optimizers-torch.test.ts and schedules.test.ts compare Downhill's optimizers and
schedules against (1e-9 relative). CI needs only the JSON; rerun this script
when adding a case:

    /usr/bin/python3 scripts/torch-reference.py

Generated with Debian's python3-torch (1.13, `apt-get install python3-torch`);
run it with the system Python (/usr/bin/python3), where that package lives. The
update rules used here (single-tensor, non-foreach code paths on CPU) are the
ones documented for torch 2.x as well; torch 2.x computes the moment averages
with lerp_, which differs only in the last bits.

Everything is float64. Gradients are not taken by autograd but from the same
closed-form expressions, in the same operation order, as the TypeScript test
(autograd is used once per surface to check them), so the comparison tests the
optimizer arithmetic and nothing else. Positions are stored unrounded, every
step, as x0, y0, x1, y1, ...
"""
import json
import math
import os
import sys
import warnings

import torch

torch.set_default_dtype(torch.float64)
warnings.filterwarnings("ignore")

STEPS = 120
SCHEDULE_STEPS = 100
OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "torch", "trajectories.json")


# --- surfaces: value and gradient, written exactly as in the TypeScript test ---

def quadratic_f(x, y):
    return 0.5 * x * x + x * y + 5 * y * y


def quadratic_g(x, y):
    return [x + y, x + 10 * y]


def rosenbrock_f(x, y):
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)


def rosenbrock_g(x, y):
    r = y - x * x
    return [-2 * (1 - x) - 400 * x * r, 200 * r]


def beale_f(x, y):
    a1 = 1.5 - x + x * y
    a2 = 2.25 - x + x * y * y
    a3 = 2.625 - x + x * y * y * y
    return a1 * a1 + a2 * a2 + a3 * a3


def beale_g(x, y):
    a1 = 1.5 - x + x * y
    a2 = 2.25 - x + x * y * y
    a3 = 2.625 - x + x * y * y * y
    gx = 2 * a1 * (y - 1) + 2 * a2 * (y * y - 1) + 2 * a3 * (y * y * y - 1)
    gy = 2 * a1 * x + 4 * a2 * x * y + 6 * a3 * x * y * y
    return [gx, gy]


SURFACES = {
    "quadratic": {"f": quadratic_f, "g": quadratic_g, "start": [-4.0, 2.0]},
    "rosenbrock": {"f": rosenbrock_f, "g": rosenbrock_g, "start": [-1.2, 1.0]},
    "beale": {"f": beale_f, "g": beale_g, "start": [0.5, 1.4]},
}

# Learning rates per surface for each optimizer family: stable, and not chaotic
# over 120 steps (checked below by perturbing the start).
LR = {
    "sgd": {"quadratic": 0.05, "rosenbrock": 1e-3, "beale": 0.01},
    "sgd-momentum": {"quadratic": 0.02, "rosenbrock": 2e-4, "beale": 2e-3},
    "adagrad": {"quadratic": 0.5, "rosenbrock": 0.1, "beale": 0.1},
    "rmsprop": {"quadratic": 0.02, "rosenbrock": 2e-3, "beale": 5e-3},
    "rmsprop-momentum": {"quadratic": 5e-3, "rosenbrock": 3e-4, "beale": 1e-3},
    "adam": {"quadratic": 0.1, "rosenbrock": 0.02, "beale": 0.02},
}

# (label, optimizer id, lr family, Downhill params (camelCase), torch class, torch kwargs)
CASES = [
    ("sgd", "sgd", "sgd", {}, torch.optim.SGD, {}),
    ("sgd momentum", "sgd", "sgd-momentum", {"momentum": 0.9}, torch.optim.SGD, {"momentum": 0.9}),
    ("sgd dampening", "sgd", "sgd-momentum", {"momentum": 0.9, "dampening": 0.5}, torch.optim.SGD,
     {"momentum": 0.9, "dampening": 0.5}),
    ("sgd nesterov", "sgd", "sgd-momentum", {"momentum": 0.9, "nesterov": True}, torch.optim.SGD,
     {"momentum": 0.9, "nesterov": True}),
    ("sgd weightDecay", "sgd", "sgd", {"weightDecay": 0.1}, torch.optim.SGD, {"weight_decay": 0.1}),
    ("sgd momentum weightDecay", "sgd", "sgd-momentum", {"momentum": 0.8, "weightDecay": 0.05}, torch.optim.SGD,
     {"momentum": 0.8, "weight_decay": 0.05}),
    ("adagrad", "adagrad", "adagrad", {}, torch.optim.Adagrad, {}),
    ("adagrad lrDecay", "adagrad", "adagrad", {"lrDecay": 0.05}, torch.optim.Adagrad, {"lr_decay": 0.05}),
    ("adagrad initialAccumulatorValue", "adagrad", "adagrad", {"initialAccumulatorValue": 0.5}, torch.optim.Adagrad,
     {"initial_accumulator_value": 0.5}),
    ("adagrad weightDecay", "adagrad", "adagrad", {"weightDecay": 0.1}, torch.optim.Adagrad, {"weight_decay": 0.1}),
    ("rmsprop", "rmsprop", "rmsprop", {}, torch.optim.RMSprop, {}),
    ("rmsprop momentum", "rmsprop", "rmsprop-momentum", {"momentum": 0.9}, torch.optim.RMSprop, {"momentum": 0.9}),
    ("rmsprop centered", "rmsprop", "rmsprop", {"centered": True}, torch.optim.RMSprop, {"centered": True}),
    ("rmsprop centered momentum alpha", "rmsprop", "rmsprop-momentum", {"centered": True, "momentum": 0.5, "alpha": 0.9},
     torch.optim.RMSprop, {"centered": True, "momentum": 0.5, "alpha": 0.9}),
    ("rmsprop weightDecay", "rmsprop", "rmsprop", {"weightDecay": 0.1}, torch.optim.RMSprop, {"weight_decay": 0.1}),
    ("adam", "adam", "adam", {}, torch.optim.Adam, {}),
    ("adam betas eps", "adam", "adam", {"betas": [0.8, 0.99], "eps": 1e-6}, torch.optim.Adam,
     {"betas": (0.8, 0.99), "eps": 1e-6}),
    ("adam amsgrad", "adam", "adam", {"amsgrad": True}, torch.optim.Adam, {"amsgrad": True}),
    ("adam weightDecay", "adam", "adam", {"weightDecay": 0.1}, torch.optim.Adam, {"weight_decay": 0.1}),
    ("adamw", "adamw", "adam", {}, torch.optim.AdamW, {}),
    ("adamw amsgrad", "adamw", "adam", {"amsgrad": True}, torch.optim.AdamW, {"amsgrad": True}),
    ("adamw weightDecay", "adamw", "adam", {"weightDecay": 0.5}, torch.optim.AdamW, {"weight_decay": 0.5}),
]

# Schedules: Downhill's description and the torch scheduler that should match it.
SCHEDULES = [
    ({"kind": "constant"}, lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda t: 1.0)),
    ({"kind": "step", "stepSize": 10, "gamma": 0.5}, lambda o: torch.optim.lr_scheduler.StepLR(o, 10, gamma=0.5)),
    ({"kind": "step", "stepSize": 30}, lambda o: torch.optim.lr_scheduler.StepLR(o, 30)),
    ({"kind": "exponential", "gamma": 0.95}, lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.95)),
    ({"kind": "inverse-time", "k": 0.1},
     lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda t: 1 / (1 + 0.1 * t))),
    ({"kind": "cosine", "Tmax": 100}, lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 100)),
    ({"kind": "cosine", "Tmax": 30, "etaMin": 0.01},
     lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 30, eta_min=0.01)),
    ({"kind": "cosine-restarts", "T0": 10},
     lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, 10)),
    ({"kind": "cosine-restarts", "T0": 5, "Tmult": 2, "etaMin": 0.001},
     lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, 5, T_mult=2, eta_min=0.001)),
    ({"kind": "linear-warmup"}, lambda o: torch.optim.lr_scheduler.LinearLR(o)),
    ({"kind": "linear-warmup", "startFactor": 0.1, "totalIters": 20},
     lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.1, total_iters=20)),
    ({"kind": "linear-warmup", "startFactor": 1.0, "endFactor": 0.2, "totalIters": 50},
     lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=1.0, end_factor=0.2, total_iters=50)),
]
SCHEDULE_BASE_LR = 0.1

# A few trajectories with a scheduler attached, to check run() end to end.
SCHEDULED = [
    ("sgd momentum + step", "sgd", {"lr": 1e-3, "momentum": 0.5}, torch.optim.SGD, {"lr": 1e-3, "momentum": 0.5},
     "rosenbrock", 1),
    ("adagrad lrDecay + exponential", "adagrad", {"lr": 0.3, "lrDecay": 0.01}, torch.optim.Adagrad,
     {"lr": 0.3, "lr_decay": 0.01}, "beale", 3),
    ("adamw + cosine", "adamw", {"lr": 0.05}, torch.optim.AdamW, {"lr": 0.05}, "rosenbrock", 6),
    ("adam + warm restarts", "adam", {"lr": 0.05}, torch.optim.Adam, {"lr": 0.05}, "quadratic", 8),
]


def check_gradients():
    for name, s in SURFACES.items():
        p = torch.tensor(s["start"], requires_grad=True)
        s["f"](p[0], p[1]).backward()
        ref = s["g"](*s["start"])
        for a, b in zip(p.grad.tolist(), ref):
            assert abs(a - b) <= 1e-12 * (1 + abs(b)), (name, p.grad.tolist(), ref)


def trajectory(surface, cls, kwargs, start, make_scheduler=None):
    s = SURFACES[surface]
    p = torch.tensor(start, requires_grad=True)
    opt = cls([p], **kwargs)
    sched = make_scheduler(opt) if make_scheduler else None
    out = list(start)
    for _ in range(STEPS):
        x, y = p.detach().tolist()
        p.grad = torch.tensor(s["g"](x, y))
        opt.step()
        if sched:
            sched.step()
        out.extend(p.detach().tolist())
    if not all(math.isfinite(v) and abs(v) < 1e6 for v in out):
        sys.exit(f"non-finite or huge trajectory: {surface} {cls.__name__} {kwargs}")
    # Chaos guard: a start perturbed by 1e-12 must stay within 1e-10 relative.
    start2 = [v * (1 + 1e-12) for v in start]
    p = torch.tensor(start2, requires_grad=True)
    opt = cls([p], **kwargs)
    sched = make_scheduler(opt) if make_scheduler else None
    worst = 0.0
    for k in range(STEPS):
        x, y = p.detach().tolist()
        p.grad = torch.tensor(s["g"](x, y))
        opt.step()
        if sched:
            sched.step()
        for j, v in enumerate(p.detach().tolist()):
            ref = out[2 * (k + 1) + j]
            worst = max(worst, abs(v - ref) / max(abs(ref), 1e-3))
    if worst > 1e-8:
        print(f"warning: sensitive trajectory ({worst:.1e}): {surface} {cls.__name__} {kwargs}", file=sys.stderr)
    return out


def main():
    check_gradients()
    trajectories = []
    for label, opt_id, family, params, cls, kwargs in CASES:
        for surface, s in SURFACES.items():
            lr = LR[family][surface]
            trajectories.append({
                "label": label,
                "surface": surface,
                "optimizer": opt_id,
                "params": {"lr": lr, **params},
                "positions": trajectory(surface, cls, {"lr": lr, **kwargs}, s["start"]),
            })
    for label, opt_id, params, cls, kwargs, surface, sched_index in SCHEDULED:
        schedule, make = SCHEDULES[sched_index]
        trajectories.append({
            "label": label,
            "surface": surface,
            "optimizer": opt_id,
            "params": params,
            "schedule": schedule,
            "positions": trajectory(surface, cls, kwargs, SURFACES[surface]["start"], make),
        })

    schedules = []
    for schedule, make in SCHEDULES:
        p = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([p], lr=SCHEDULE_BASE_LR)
        sched = make(opt)
        lrs = []
        for _ in range(SCHEDULE_STEPS):
            lrs.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        schedules.append({"schedule": schedule, "baseLr": SCHEDULE_BASE_LR, "lrs": lrs})

    data = {
        "meta": {
            "generator": "scripts/torch-reference.py",
            "torch": torch.__version__,
            "dtype": "float64",
            "steps": STEPS,
            "surfaces": {k: {"start": v["start"]} for k, v in SURFACES.items()},
        },
        "trajectories": trajectories,
        "schedules": schedules,
    }
    with open(OUT, "w") as fh:
        json.dump(data, fh, separators=(",", ":"))
        fh.write("\n")
    print(f"wrote {os.path.normpath(OUT)}: {len(trajectories)} trajectories, {len(schedules)} schedules, "
          f"{os.path.getsize(OUT) // 1024} KB")


if __name__ == "__main__":
    main()
