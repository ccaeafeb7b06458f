#!/usr/bin/env python3
"""W3's peer: the same Monte Carlo as flopex's MonteCarloBenchmark, written as an analyst would in
vectorised numpy (scipy.special.betaincinv for PERT's inverse, as numpy has no incomplete beta).

The same model: W1's cluster (20,480 H100 SXM in 2,560 HGX servers, 3-tier NDR fat tree, Northern
Virginia wholesale colocation, neocloud assumptions, 5 years) and its economic cost per GPU-hour
(docs/model.md sections 2-10: CapEx by component, value kept at the horizon, WACC, operating costs
escalating year by year, insurance on the value kept), with the same eight uncertain inputs drawn
from the same random numbers: flopex's xoshiro256** stream per sample index, seeded by SplitMix64,
reimplemented on uint64 arrays. The constants (bill of materials, power at maximum, every default
input) come from flopex's public API through dev.flopex.benchmarks.W3PeerModel, so the peer computes
the same numbers; it checks the first samples against flopex's own to 1e-9 relative before timing.

Usage: w3_numpy.py MODEL.json [RUNS]   (prints JSON: times in ms, percentiles, check results)
"""
import json
import re
import statistics
import sys
import time

import numpy as np
from scipy.special import betainc, betaincinv, betaln

U64 = np.uint64
GOLDEN = U64(0x9E3779B97F4A7C15)
M1 = U64(0xBF58476D1CE4E5B9)
M2 = U64(0x94D049BB133111EB)


def mix64(z):
    z = (z ^ (z >> U64(30))) * M1
    z = (z ^ (z >> U64(27))) * M2
    return z ^ (z >> U64(31))


def rotl(x, k):
    return (x << U64(k)) | (x >> U64(64 - k))


class Streams:
    """One xoshiro256** generator per sample, as Rng.reseed(seed, sampleIndex) in flopex."""

    def __init__(self, seed, first, n):
        idx = np.arange(first, first + n, dtype=U64)
        s = mix64(mix64(np.full(n, seed, dtype=U64)) + idx * GOLDEN)
        self.s0 = mix64(s + GOLDEN)
        self.s1 = mix64(s + U64(2) * GOLDEN)
        self.s2 = mix64(s + U64(3) * GOLDEN)
        self.s3 = mix64(s + U64(4) * GOLDEN)

    def next_open_double(self):
        result = rotl(self.s1 * U64(5), 7) * U64(9)
        t = self.s1 << U64(17)
        self.s2 ^= self.s0
        self.s3 ^= self.s1
        self.s1 ^= self.s2
        self.s0 ^= self.s3
        self.s2 ^= t
        self.s3 = rotl(self.s3, 45)
        return (((result >> U64(12)) << U64(1)) | U64(1)).astype(np.float64) * 2.0**-53


def parse(description):
    kind, args = re.fullmatch(r"(\w+)\((.*)\)", description).groups()
    values = dict(a.split("=") for a in args.split(", "))
    return kind, {k: float(v) for k, v in values.items()}


def quantile(kind, a, u):
    lo, hi = a["min"], a["max"]
    width = hi - lo
    if kind == "uniform":
        return np.minimum(hi, lo + u * width)
    if kind == "triangular":
        mode = a["mode"]
        x = np.where(
            u < (mode - lo) / width,
            lo + np.sqrt(u * width * (mode - lo)),
            hi - np.sqrt((1 - u) * width * (hi - mode)),
        )
        return np.clip(x, lo, hi)
    if kind == "pert":
        mode = a["mode"]
        alpha = 1 + 4 * (mode - lo) / width
        beta = 1 + 4 * (hi - mode) / width
        return np.minimum(hi, lo + width * betaincinv(alpha, beta, u))
    raise ValueError(kind)


TABLE_INTERVALS = 4096  # Distribution.TABLE_INTERVALS
TABLE_TOLERANCE = 1e-10  # Distribution.TABLE_TOLERANCE
SUB_INTERVALS = 32  # TabulatedQuantile.SUB


class PertTable:
    """flopex's tabulated PERT quantile (QuantileMethod.TABULATED) in numpy: cubic Hermite on equal
    probability intervals with exact slopes, each interval checked at its midpoint; the tails and
    the intervals that miss use betaincinv."""

    def __init__(self, a):
        self.lo, self.hi = a["min"], a["max"]
        self.width = self.hi - self.lo
        self.alpha = 1 + 4 * (a["mode"] - self.lo) / self.width
        self.beta = 1 + 4 * (self.hi - a["mode"]) / self.width
        n = TABLE_INTERVALS
        h = 1.0 / n
        nodes = np.arange(n + 1) * h
        t = betaincinv(self.alpha, self.beta, nodes)
        self.x = np.minimum(self.hi, self.lo + self.width * t)
        log_beta = betaln(self.alpha, self.beta)
        with np.errstate(divide="ignore"):
            u = (self.x - self.lo) / self.width
            self.m = self.width * np.exp(
                log_beta - (self.alpha - 1) * np.log(u) - (self.beta - 1) * np.log1p(-u)
            ) * h
        j = np.arange(n)
        with np.errstate(invalid="ignore"):  # the end nodes' slopes are infinite
            mid = self.interpolate(j, 0.5)
        exact_mid = self.exact((j + 0.5) * h)
        self.exact_interval = ~(np.abs(mid - exact_mid) <= TABLE_TOLERANCE * self.width)
        self.exact_interval |= (j == 0) | (j == n - 1) | ~np.isfinite(self.m[j] + self.m[j + 1])
        # TabulatedQuantile.SUB: the intervals that miss get a table of 32 sub-intervals, checked the
        # same way; the sub-intervals that still miss (and the outermost ones) use betaincinv
        sub = SUB_INTERVALS
        rows = np.flatnonzero(self.exact_interval)
        rows = rows[(rows != 0) & (rows != n - 1)]  # the end intervals: stretched tables below
        self.sub_row = np.full(n, -1, dtype=np.int64)
        k = np.arange(sub + 1)
        su = (rows[:, None] + k[None, :] / sub) * h
        inside = (su > 0) & (su < 1)
        sx = np.full(su.shape, np.nan)
        sx[inside] = self.exact(su[inside])
        with np.errstate(divide="ignore", invalid="ignore"):
            v = (sx - self.lo) / self.width
            sm = self.width * np.exp(
                log_beta - (self.alpha - 1) * np.log(v) - (self.beta - 1) * np.log1p(-v)
            ) * (h / sub)
        sm[~inside] = np.nan
        kk = np.arange(sub)
        with np.errstate(invalid="ignore"):
            smid = self.hermite(sx[:, kk], sm[:, kk], sx[:, kk + 1], sm[:, kk + 1], 0.5)
            exact_smid = self.exact((rows[:, None] + (kk[None, :] + 0.5) / sub) * h)
            finite = np.isfinite(sx[:, kk] + sm[:, kk] + sx[:, kk + 1] + sm[:, kk + 1])
            sub_exact = ~(finite & (np.abs(smid - exact_smid) <= TABLE_TOLERANCE * self.width))
        keep = ~np.all(sub_exact, axis=1)  # a sub-table with no usable sub-interval is dropped
        self.sub_row[rows[keep]] = np.arange(np.count_nonzero(keep))
        self.sx, self.sm, self.sub_exact = sx[keep], sm[keep], sub_exact[keep]
        # the end intervals in the stretched coordinate v = (u / h)^(1/alpha) (1 - u for beta)
        self.lower = self.tail(self.alpha, False, h, log_beta)
        self.upper = self.tail(self.beta, True, h, log_beta)

    def tail(self, a, upper, h, log_beta):
        sub = SUB_INTERVALS
        v = np.arange(sub + 1) / sub
        du = h * v**a
        u = 1 - du if upper else du
        inside = (u > 0) & (u < 1)
        x = np.full(sub + 1, np.nan)
        x[inside] = self.exact(u[inside])
        dudv = h * a * v ** (a - 1) / sub
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (x - self.lo) / self.width
            m = self.width * np.exp(
                log_beta - (self.alpha - 1) * np.log(t) - (self.beta - 1) * np.log1p(-t)
            ) * (-dudv if upper else dudv)
        m[~inside] = np.nan
        k = np.arange(sub)
        dm = h * ((k + 0.5) / sub) ** a
        with np.errstate(invalid="ignore"):
            mid = self.hermite(x[k], m[k], x[k + 1], m[k + 1], 0.5)
            exact_mid = self.exact(1 - dm if upper else dm)
            finite = np.isfinite(x[k] + m[k] + x[k + 1] + m[k + 1])
            miss = ~(finite & (np.abs(mid - exact_mid) <= TABLE_TOLERANCE * self.width))
        return x, m, miss, a

    def exact(self, u):
        return np.minimum(self.hi, self.lo + self.width * betaincinv(self.alpha, self.beta, u))

    @staticmethod
    def hermite(x0, m0, x1, m1, s):
        d = x1 - x0
        return x0 + s * (m0 + s * ((3 * d - 2 * m0 - m1) + s * (m0 + m1 - 2 * d)))

    def interpolate(self, j, s):
        return self.hermite(self.x[j], self.m[j], self.x[j + 1], self.m[j + 1], s)

    def __call__(self, u):
        t = u * TABLE_INTERVALS
        j = t.astype(np.int64)
        with np.errstate(invalid="ignore"):  # tail intervals: replaced below
            out = self.interpolate(np.minimum(j, TABLE_INTERVALS - 1), t - j)
        fall_back = np.flatnonzero(self.exact_interval[np.minimum(j, TABLE_INTERVALS - 1)])
        row = self.sub_row[j[fall_back]]
        has = row >= 0
        fb, r = fall_back[has], row[has]
        ts = (t[fb] - j[fb]) * SUB_INTERVALS
        k = ts.astype(np.int64)
        ok = ~self.sub_exact[r, k]
        fb, r, k, ts = fb[ok], r[ok], k[ok], ts[ok]
        out[fb] = self.hermite(self.sx[r, k], self.sm[r, k], self.sx[r, k + 1], self.sm[r, k + 1], ts - k)
        exact = np.zeros(len(u), dtype=bool)
        exact[fall_back] = True
        exact[fb] = False
        for end, (x, m, miss, a) in ((0, self.lower), (TABLE_INTERVALS - 1, self.upper)):
            e = np.flatnonzero(j == end)
            vs = (t[e] if end == 0 else (1 - u[e]) * TABLE_INTERVALS) ** (1 / a) * SUB_INTERVALS
            k = vs.astype(np.int64)
            ok = k < SUB_INTERVALS
            ok[ok] = ~miss[k[ok]]
            e, k, vs = e[ok], k[ok], vs[ok]
            out[e] = self.hermite(x[k], m[k], x[k + 1], m[k + 1], vs - k)
            exact[e] = False
        out[exact] = self.exact(u[exact])
        return out


def cost_per_gpu_hour(model, p):
    """The economic cost per GPU-hour of every sample; p maps input paths to scalars or arrays."""
    a = lambda key: p["assumptions." + key]
    power = model["power"]
    gpus = power["gpus"]
    u = p["terms.utilisation"]
    h = int(p["terms.horizon_years"])
    # section 5: power follows utilisation between idle and busy
    idle = a("idle_power_fraction")
    load = idle + (a("busy_power_fraction") - idle) * u
    it_kw = (power["gpu_kw_at_max"] + power["server_overhead_kw_at_max"]) * load
    it_kw = it_kw + power["network_kw"] + power["storage_kw"]
    facility_kw = it_kw * a("pue")
    contracted_kw = power["contracted_it_kw"]
    # sections 2-7: CapEx by component
    capex = {"SERVERS": 0.0, "NETWORK": 0.0, "OPTICS_CABLES": 0.0, "STORAGE": 0.0}
    for line in model["bom"]:
        c = line["component"]
        if c == "STORAGE":
            capex[c] = capex[c] + line["quantity"] * a("storage_usd_per_tb")
        elif c in capex:
            capex[c] = capex[c] + line["quantity"] * p[line["price_path"]]
    hardware = capex["SERVERS"] + capex["NETWORK"] + capex["OPTICS_CABLES"] + capex["STORAGE"]
    installation = a("installation_fraction_of_capex") * hardware
    spares = a("spares_fraction_of_capex") * hardware
    duties = (a("import_duty_fraction") + a("sales_tax_fraction")) * (hardware + spares)
    resold = hardware + spares  # keeps a market value; installation and duties do not
    # section 10: discount at the WACC
    e = a("equity_share")
    r = e * a("cost_of_equity") + (1 - e) * a("cost_of_debt") * (1 - a("tax_rate"))
    step = 1 / (1 + r)
    # section 8: capital less the present value of what it is worth at the horizon
    decline = a("resale_decline_per_year")
    d_h = step**h
    pv = resold * (1 - (1 - decline) ** h * d_h) + installation + duties
    # section 9: operating costs, year by year
    flat = (
        facility_kw * 8760 * a("electricity_usd_per_kwh")
        + contracted_kw * a("colocation_usd_per_kw_month") * 12
        + gpus * a("software_usd_per_gpu_year")
        + contracted_kw / 1000 * a("staff_usd_per_mw_year")
    )
    maintenance = hardware * a("maintenance_fraction_of_capex_per_year")
    insurance = a("insurance_fraction_of_value_per_year") * resold
    esc = a("opex_escalation_per_year")
    warranty = a("warranty_years")
    d = 1.0
    annuity = 0.0
    for y in range(h):
        d = d * step
        annuity = annuity + d
        covered = min(1.0, max(0.0, warranty - y))
        grow = (1 + esc) ** y
        pv = pv + (flat * grow + maintenance * grow * (1 - covered) + insurance * (1 - decline) ** y) * d
    return pv / (gpus * 8760 * u * annuity)


def run(model, n, tables=None, phases=None):
    """One whole analysis of n samples; with tables, PERT inputs read them (TABULATED)."""
    t0 = time.perf_counter()
    streams = Streams(model["seed"], 0, n)
    p = dict(model["defaults"])
    uniforms = []
    for spec in model["inputs"]:
        uniforms.append(streams.next_open_double())
    t1 = time.perf_counter()
    for spec, u in zip(model["inputs"], uniforms):
        kind, args = parse(spec["distribution"])
        if tables is not None and kind == "pert":
            p[spec["path"]] = tables[spec["path"]](u)
        else:
            p[spec["path"]] = quantile(kind, args, u)
    t2 = time.perf_counter()
    out = cost_per_gpu_hour(model, p)
    t3 = time.perf_counter()
    pct = np.percentile(out, [100 * q for q in model["percentiles"]])
    mean, sd = out.mean(), out.std(ddof=1)
    t4 = time.perf_counter()
    if phases is not None:
        for k, v in zip(("random", "quantiles", "model", "statistics"), (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            phases.setdefault(k, []).append(v * 1000)
    return out, pct, mean, sd


def main():
    model = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    np.seterr(over="ignore")
    report = {"samples": model["samples"], "numpy": np.__version__}
    with np.errstate(over="ignore"):
        t = time.perf_counter()
        tables = {
            s["path"]: PertTable(parse(s["distribution"])[1])
            for s in model["inputs"]
            if parse(s["distribution"])[0] == "pert"
        }
        report["table_build_ms"] = round((time.perf_counter() - t) * 1000, 1)
        for method, tab in (("EXACT", None), ("TABULATED", tables)):
            # the peer computes flopex's numbers: the first samples, to 1e-9 relative
            first, *_ = run(model, len(model["checked_samples"][method]), tab)
            worst = float(np.max(np.abs(first / np.array(model["checked_samples"][method]) - 1)))
            times, phases = [], {}
            for _ in range(runs):
                t = time.perf_counter()
                out, pct, mean, sd = run(model, model["samples"], tab, phases)
                times.append((time.perf_counter() - t) * 1000)
            report[method] = {
                "runs_ms": [round(x, 1) for x in times],
                "median_ms": round(statistics.median(times), 1),
                "phases_median_ms": {k: round(statistics.median(v), 1) for k, v in phases.items()},
                "percentiles": dict(zip(map(str, model["percentiles"]), pct.tolist())),
                "mean": float(mean),
                "sd": float(sd),
                "worst_relative_difference_first_samples": worst,
                "agrees_to_1e-9": worst <= 1e-9,
            }
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
