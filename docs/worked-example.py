#!/usr/bin/env python3
"""The worked example of docs/model.md §16, computed by hand from the formulas in docs/model.md.

This script is an independent oracle: it shares no code with flopex (it does not read the catalog
or the assumption files; every input is written out below with where it comes from), so a wrong
formula in the Java engine shows up as a difference. costing's WorkedExampleTest pins the engine
to the numbers this script prints. Run: python3 docs/worked-example.py
"""
from math import sqrt, ceil, floor

rows = []


def show(label, value, how=""):
    rows.append((label, value, how))
    return value


# --------------------------------------------------------------------------------- inputs
# cluster: 4 x hgx-h100 (8 x H100 SXM5, 700 W TDP; 10.2 kW max; 8U; 8 x 400G ConnectX-7 scale-out NICs)
SERVERS, GPUS_PER, TDP_KW, MAX_KW, RU = 4, 8, 0.700, 10.2, 8
NIC_PORTS = 8                      # scale-out ports per server, 400 Gb/s
# network: quantum-2-qm9700 (64 x 400G, 747 W) at every tier; osfp-400g-sr4 (400G, 9 W) at the NIC,
# osfp-800g-2xsr4 (800G twin port, 15 W) at the switch and between switches
SW_PORTS, SW_W, NIC_MOD_W, SW_MOD_W = 64, 747.0, 9.0, 15.0
# price overrides, USD, dated 2025-01 (the purchase month): negotiated quotes
P_SERVER, P_SWITCH, P_NIC_MOD, P_SW_MOD = 300_000.0, 36_000.0, 700.0, 1_000.0
# terms: 3 years, 80 % utilisation, straight-line book depreciation, cash
H, U = 3, 0.8
# region us-texas, wholesale colocation (costing regions.yaml)
ELEC, RENT, DUTY, TAX = 0.066, 147.0, 0.0, 0.0
# assumption set neocloud (costing assumption-sets.yaml); PUE is the set's (AI halls)
PUE = 1.3
E, RE, RD, T = 0.67, 0.1148, 0.10, 0.21          # WACC parts
LIFE_SERVER, LIFE_NET = 6.0, 6.0
WARRANTY, MAINT = 3.0, 0.04
SOFTWARE, STAFF, INSURANCE = 0.0, 16_114.0, 0.005
INSTALL, SPARES = 0.03, 0.05
IDLE, BUSY = 0.114, 0.76
RACK_KW = 120.0
STORAGE_TB, STORAGE_USD, STORAGE_W = 14.4, 282.0, 2.2
ESC = 0.0416
INTERRUPTIONS, CKPT_MIN, RESTART_MIN, HOT_SPARE, MAX_JOB = 19.73, 0.1667, 15.0, 0.0, 16_384.0
# catalog price trend of Hopper: resale decline
DECLINE = 0.319

# --------------------------------------------------------------------------------- capacity (§3-§5)
gpus = show("GPUs", SERVERS * GPUS_PER, "4 servers x 8")
endpoints = show("scale-out endpoints", SERVERS * NIC_PORTS, "4 x 8 ports")
radix = SW_PORTS * floor(400 / 400)
leaves = show("switches (1 tier: endpoints <= radix 64)", 1 if endpoints <= radix else None)
nic_modules = show("NIC-end transceivers", endpoints // 1, "one 400G module per port")
sw_modules = show("switch-end transceivers", ceil(endpoints / 2), "twin-port 800G: 2 links per module")
storage_tb = show("storage TB", gpus * STORAGE_TB, "32 x 14.4")
storage_kw = show("storage kW", storage_tb * STORAGE_W / 1000, "TB x 2.2 W/TB")
load = show("server load (fraction of max)", IDLE + (BUSY - IDLE) * U, "idle + (busy - idle) x utilisation")
gpu_kw = show("GPU kW", gpus * TDP_KW * load)
overhead_kw = show("non-GPU server kW", SERVERS * (MAX_KW - GPUS_PER * TDP_KW) * load, "4 x (10.2 - 5.6) x load")
network_kw = show("network kW", (leaves * SW_W + nic_modules * NIC_MOD_W + sw_modules * SW_MOD_W) / 1000)
it_kw = show("IT kW", gpu_kw + overhead_kw + network_kw + storage_kw)
facility_kw = show("facility kW", it_kw * PUE, "IT x PUE")
contracted_kw = show("contracted kW", SERVERS * MAX_KW + network_kw + storage_kw, "servers at max + network + storage")
racks = show("racks", ceil(SERVERS / min(floor(RACK_KW / MAX_KW), 42 // RU)), "5 servers per rack (42U / 8U)")

# --------------------------------------------------------------------------------- CapEx (§2-§7)
servers_capex = show("CapEx servers", SERVERS * P_SERVER)
network_capex = show("CapEx network", leaves * P_SWITCH)
optics_capex = show("CapEx optics", nic_modules * P_NIC_MOD + sw_modules * P_SW_MOD)
storage_capex = show("CapEx storage", storage_tb * STORAGE_USD)
hardware = show("hardware", servers_capex + network_capex + optics_capex + storage_capex)
install = show("CapEx installation", INSTALL * hardware)
spares = show("CapEx spares", SPARES * hardware)
duties = show("CapEx duties and taxes", (DUTY + TAX) * (hardware + spares))
capex = show("CapEx", hardware + install + spares + duties)

# --------------------------------------------------------------------------------- economic basis (§8-§10)
wacc = show("WACC", E * RE + (1 - E) * RD * (1 - T), "0.67 x 11.48 % + 0.33 x 10 % x (1 - 21 %)")
df = [(1 + wacc) ** -(y + 1) for y in range(H)]
annuity = show("annuity factor", sum(df))
resold = servers_capex + network_capex + optics_capex + storage_capex + spares
value_fraction = show("value kept after 3 years", (1 - DECLINE) ** H, "(1 - 0.319)^3")
residual = show("residual (market value at the horizon)", resold * value_fraction, "hardware and spares; installation keeps nothing")
elec = [show(f"electricity year {y + 1}", facility_kw * 8760 * ELEC * (1 + ESC) ** y) for y in range(H)]
rent = [show(f"colocation year {y + 1}", contracted_kw * RENT * 12 * (1 + ESC) ** y) for y in range(H)]
staff = [show(f"staff year {y + 1}", contracted_kw / 1000 * STAFF * (1 + ESC) ** y) for y in range(H)]
maint = [MAINT * hardware * (1 - min(1, max(0, WARRANTY - y))) * (1 + ESC) ** y for y in range(H)]
show("maintenance (all 3 years inside the 3-year warranty)", sum(maint))
insurance = [show(f"insurance year {y + 1}", INSURANCE * resold * (1 - DECLINE) ** y, "on the market value at the start of the year") for y in range(H)]
opex = [elec[y] + rent[y] + staff[y] + maint[y] + insurance[y] for y in range(H)]
show("OpEx year 1", opex[0])
pv_opex = show("PV of OpEx", sum(o * d for o, d in zip(opex, df)))
pv_costs = show("present value of costs", capex - residual * df[-1] + pv_opex, "CapEx - residual x DF(3) + PV(OpEx)")
pv_hours = show("PV of GPU-hours used", gpus * 8760 * U * annuity)
headline = show("ECONOMIC COST PER GPU-HOUR (headline)", pv_costs / pv_hours)
level = show("level annual cost", pv_costs / annuity)
show("economic cost over 3 years", level * H)
job = min(gpus * (1 - HOT_SPARE), MAX_JOB)
lam = INTERRUPTIONS / 1e6 * job
goodput = show("goodput", (1 - HOT_SPARE) * (1 - sqrt(2 * CKPT_MIN / 60 * lam) - lam * RESTART_MIN / 60))
show("cost per useful GPU-hour", headline / goodput)

# --------------------------------------------------------------------------------- accounting basis
book = {
    "servers": servers_capex / LIFE_SERVER * H, "network": network_capex / LIFE_NET * H,
    "optics": optics_capex / LIFE_NET * H, "storage": storage_capex / LIFE_NET * H,
    "installation": install / LIFE_SERVER * H, "spares": spares / LIFE_SERVER * H,
}
depreciation = show("book depreciation over 3 years", sum(book.values()), "straight line, to zero, over 6-year lives")
show("book value kept", capex - depreciation)
acct = show("ACCOUNTING TCO", depreciation + sum(opex))
show("accounting cost per GPU-hour", acct / (gpus * 8760 * U * H))

if __name__ == "__main__":
    width = max(len(r[0]) for r in rows)
    for label, value, how in rows:
        print(f"{label:<{width}}  {value:>22.10f}  {how}")
