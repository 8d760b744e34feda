#!/usr/bin/python3
"""Writes an SEC data-set zip whose FOOTNOTES member is SIZE bytes uncompressed
(default 1 GB), for scripts/resource_tests.sh. The zip is written streaming
(zip64), so generating it needs no more memory than reading it should.

    scripts/make_big_dataset_zip.py OUT.zip [--bytes 1000000000] [--per-filing 100]

Every filing has one code-A grant row whose footnote F1 states a schedule, and
PER_FILING-1 further footnotes (F2...) of ~400 bytes that reach no row.
--huge-row N adds one FOOTNOTES row of N bytes on a single line first.
"""
import argparse
import zipfile

SUB_HEADER = "ACCESSION_NUMBER\tFILING_DATE\tPERIOD_OF_REPORT\tDOCUMENT_TYPE\tISSUERCIK\tISSUERNAME\tISSUERTRADINGSYMBOL\n"
OWN_HEADER = "ACCESSION_NUMBER\tRPTOWNERCIK\tRPTOWNERNAME\tRPTOWNER_RELATIONSHIP\tRPTOWNER_TITLE\n"
NT_HEADER = ("ACCESSION_NUMBER\tSECURITY_TITLE\tTRANS_DATE\tTRANS_CODE\tTRANS_SHARES\tTRANS_SHARES_FN\t"
             "TRANS_ACQUIRED_DISP_CD\tSHRS_OWND_FOLWNG_TRANS\n")
FN_HEADER = "ACCESSION_NUMBER\tFOOTNOTE_ID\tFOOTNOTE_TXT\n"
SCHEDULE = ("25% of the shares vest on the first anniversary of the grant date and the remaining 75% vest "
            "in 36 equal monthly installments thereafter, subject to continued service.")
FILLER = ("The reported securities are held by a trust of which the reporting person is trustee; the reporting "
          "person disclaims beneficial ownership except to the extent of his pecuniary interest therein. ") * 2


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--bytes", type=int, default=1_000_000_000)
    p.add_argument("--per-filing", type=int, default=100)
    p.add_argument("--huge-row", type=int, default=0, help="also one FOOTNOTES row of this many bytes (on one line)")
    a = p.parse_args()
    with zipfile.ZipFile(a.out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True) as z:
        written, n = 0, 0
        with z.open("2099q1_form345/FOOTNOTES.tsv", "w", force_zip64=True) as f:
            f.write(FN_HEADER.encode())
            if a.huge_row:
                f.write(b"0000000000-99-000000\tF999\t")
                chunk = b"x" * (1 << 20)
                for _ in range(a.huge_row // len(chunk)):
                    f.write(chunk)
                f.write(b"\n")
            while written < a.bytes:
                acc = f"0000000000-99-{n:06d}"
                block = [f"{acc}\tF1\t{SCHEDULE}\n"]
                block += [f"{acc}\tF{k}\t{FILLER} (note {k})\n" for k in range(2, a.per_filing + 1)]
                data = "".join(block).encode()
                f.write(data)
                written += len(data)
                n += 1
        sub = [SUB_HEADER] + [f"0000000000-99-{i:06d}\t02-JAN-2020\t01-JAN-2020\t4\t{1000 + i % 50}\tIssuer {i % 50} Inc\tI{i % 50}\n" for i in range(n)]
        own = [OWN_HEADER] + [f"0000000000-99-{i:06d}\t{2000 + i}\tOwner {i}\tOfficer\tCEO\n" for i in range(n)]
        nt = [NT_HEADER] + [f"0000000000-99-{i:06d}\tCommon Stock\t01-JAN-2020\tA\t48000\tF1\tA\t48000\n" for i in range(n)]
        z.writestr("2099q1_form345/SUBMISSION.tsv", "".join(sub))
        z.writestr("2099q1_form345/REPORTINGOWNER.tsv", "".join(own))
        z.writestr("2099q1_form345/NONDERIV_TRANS.tsv", "".join(nt))
    print(f"{a.out}: {n} filings, FOOTNOTES {written + a.huge_row} bytes uncompressed")


if __name__ == "__main__":
    main()
