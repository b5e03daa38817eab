#!/usr/bin/env python3
"""Writes a generated shop's orders.csv (atp's format) as Shopify's orders export, 79 columns.

bench/shopify-orders.py bench/data/1m-seed42 /tmp/shopify-1m
makes /tmp/shopify-1m/ with the shop's other files (symlinked) and orders_export_1.csv holding
the same order lines: the same dates, channels and statuses, an open line's units less what it
shipped (Shopify's export has no shipped count). Statuses stay per line, as the generator made
them, although Shopify cancels whole orders: the Shopify format carries an order's Cancelled at
to its other rows, so the two folders' figures differ where an order mixes statuses.
"""
import csv
import os
import sys

HEADER = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
          "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
          "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
          "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
          "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
          "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
          "Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,"
          "Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
          "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,"
          "Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,"
          "Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References").split(",")
AT = {name: i for i, name in enumerate(HEADER)}
LINE_STATUS = {"open": "pending", "shipped": "fulfilled", "cancelled": "pending"}


def shopify_time(iso):
    # 2026-08-26T00:00:01Z -> 2026-08-26 00:00:01 +0000 (whole seconds, as Shopify writes them)
    return iso[:10] + " " + iso[11:19] + " +0000"


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    for name in os.listdir(src):
        if name != "orders.csv" and not os.path.exists(os.path.join(dst, name)):
            os.symlink(os.path.abspath(os.path.join(src, name)), os.path.join(dst, name))
    with open(os.path.join(src, "orders.csv"), newline="") as f, \
            open(os.path.join(dst, "orders_export_1.csv"), "w", newline="") as out:
        rows = csv.DictReader(f)
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            cells = [""] * len(HEADER)
            cells[AT["Name"]] = r["order_id"]
            cells[AT["Email"]] = r["customer"]
            cells[AT["Created at"]] = shopify_time(r["ordered_at"])
            # Shopify's export has no shipped count for a line: an open line gives the units it still needs
            shipped = int(r["shipped"] or 0)
            units = int(r["quantity"]) - (shipped if r["status"] == "open" else 0)
            cells[AT["Lineitem quantity"]] = str(units)
            cells[AT["Lineitem sku"]] = r["sku"]
            cells[AT["Lineitem fulfillment status"]] = LINE_STATUS[r["status"]]
            cells[AT["Source"]] = "web" if r["channel"] == "dtc" else r["channel"]
            if r["status"] == "cancelled":
                cells[AT["Cancelled at"]] = shopify_time(r["ordered_at"])
            if r["status"] == "shipped":
                cells[AT["Fulfilled at"]] = shopify_time(r["ordered_at"])
            w.writerow(cells)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
