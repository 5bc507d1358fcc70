"""Belegliste and zahlenmäßiger Nachweis for a grant with 20,000 receipts (goal: < 5 s each)."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

RECEIPTS = 20_000


def build(path: Path) -> str:
    from sqlalchemy import insert

    from workbench.model import CostPosition, FundingProgramme, Grant, PlannedCost, Receipt
    from workbench.model.base import new_id, utc_now
    from workbench.model.enums import CostCategory
    from workbench.store.workspace import Workspace

    ws = Workspace.create(path)
    with ws.transaction() as s:
        grant = Grant(
            programme=FundingProgramme(name="Modellprojekte Smart Cities", code="436"),
            title="Großes Vorhaben",
            file_number="436-BENCH",
            approved_on=date(2024, 1, 1),
            start_date=date(2024, 1, 1),
            end_date=date(2028, 12, 31),
            approved_cents=2_000_000_000,
        )
        categories = list(CostCategory)
        for i in range(12):
            position = CostPosition(
                number=f"{i // 3 + 1}.{i % 3 + 1}",
                name=f"Position {i + 1}",
                category=categories[i % len(categories)],
            )
            position.planned = [PlannedCost(year=y, cents=50_000_000) for y in range(2024, 2029)]
            grant.positions.append(position)
        s.add(grant)
        s.flush()
        positions = [p.id for p in grant.positions]
        now = utc_now()
        rows = [
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "grant_id": grant.id,
                "position_id": positions[n % len(positions)],
                "number": f"B-{n:06d}",
                "receipt_date": date(2024, 1, 1) + timedelta(days=n % 1800),
                "paid_on": date(2024, 1, 5) + timedelta(days=n % 1800),
                "payee": f"Lieferant {n % 250}",
                "purpose": f"Leistung Nr. {n} laut Vertrag",
                "gross_cents": 10_000 + (n * 37) % 900_000,
            }
            for n in range(RECEIPTS)
        ]
        s.execute(insert(Receipt), rows)  # bulk: building the bench, not what is measured
        grant_id = grant.id
    ws.close()
    return grant_id


def _plain_xlsxwriter(reference: Path, target: Path) -> tuple[float, float]:
    """XlsxWriter alone writing the same cells (values, number formats, bold) of every sheet
    of *reference*, formats made once and shared: the reference of issue 26."""
    import xlsxwriter
    from openpyxl import load_workbook

    book = load_workbook(str(reference))
    sheets = [
        (
            ws.title,
            [
                [(c.value, c.number_format, bool(c.font and c.font.b)) for c in row]
                for row in ws.iter_rows()
            ],
        )
        for ws in book.worksheets
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    out = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    formats: dict[tuple[str, bool], object] = {}
    for title, rows in sheets:
        sheet = out.add_worksheet(title[:31])
        for r, row in enumerate(rows):
            for c, (value, number_format, bold) in enumerate(row):
                if value is None:
                    continue
                key = (number_format, bold)
                if key not in formats:
                    formats[key] = out.add_format({"num_format": number_format, "bold": bold})
                if isinstance(value, str) and value.startswith("="):
                    sheet.write_formula(r, c, value, formats[key])
                else:
                    sheet.write(r, c, value, formats[key])
    out.close()
    return time.perf_counter() - t0, time.process_time() - c0


def report() -> None:
    from workbench.services.exporting import ExportRequest, run_export
    from workbench.store.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        grant_id = build(out / "foerderung.werkbank")
        ws = Workspace.open(out / "foerderung.werkbank")
        figures: dict[str, list[float]] = {"belegliste": [], "nachweis": []}
        cpu: list[float] = []
        plain: list[float] = []
        plain_cpu: list[float] = []
        for _ in range(3):  # interleaved: ours, then the reference, three times
            for kind in figures:
                t0, c0 = time.perf_counter(), time.process_time()
                run_export(ws, ExportRequest(kind, out / f"{kind}.xlsx", grant_id=grant_id))
                figures[kind].append(time.perf_counter() - t0)
                if kind == "belegliste":
                    cpu.append(time.process_time() - c0)
            wall, cpu_plain = _plain_xlsxwriter(
                out / "belegliste.xlsx", out / "nur-xlsxwriter.xlsx"
            )
            plain.append(wall)
            plain_cpu.append(cpu_plain)
        ws.close()
    for kind, label in (("belegliste", "Belegliste"), ("nachweis", "Zahlenmäßiger Nachweis")):
        print(
            f"{label} mit {RECEIPTS:,} Belegen: ".replace(",", ".")
            + f"Median {statistics.median(figures[kind]):.2f} s, Maximum {max(figures[kind]):.2f} s "
            "(Ziel < 5 s)"
        )
    ratio = statistics.median(figures["belegliste"]) / statistics.median(plain)
    cpu_ratio = statistics.median(cpu) / statistics.median(plain_cpu)
    print(
        f"Belegliste: XlsxWriter allein mit denselben Zellen {statistics.median(plain):.2f} s; "
        f"Faktor Zeit {ratio:.2f}, CPU {cpu_ratio:.2f} (Ziel ≤ 1,5)"
    )


if __name__ == "__main__":
    report()
