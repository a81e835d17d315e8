#!/usr/bin/env python3
# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""N live-log clients against one ve-agent while a writer appends to the followed log.

Each client opens GET /api/v1/logs/license/stream (TLS, chunked NDJSON, docs/protocol.md) and
records every line it receives. The writer appends RATE numbered lines per second for DURATION
seconds, each carrying its write time. At the end every client must have received every line
once, in order; the report gives the append-to-receive latency over all clients.

usage: logclients.py PORT TOKEN LOGFILE [--clients 100] [--rate 50] [--duration 30]
"""
import argparse
import asyncio
import json
import ssl
import sys
import time


async def client(port, token, ready, results, index):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the bench measures load, not trust
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context)
    writer.write(("GET /api/v1/logs/license/stream?backfill=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Authorization: Bearer %s\r\n\r\n" % token).encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError("client %d: %s" % (index, head[:80]))
    ready.set_result(True) if not ready.done() else None
    seen = results[index]
    pending = b""
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.strip().split(b";")[0], 16)
        chunk = await reader.readexactly(size + 2)
        if size == 0:
            return
        pending += chunk[:-2]
        *records, pending = pending.split(b"\n")
        now = time.time_ns()
        for record in records:
            if not record:
                continue
            line = json.loads(record).get("line")
            if line and " bench seq=" in line:
                fields = dict(f.split("=") for f in line.split(" bench ")[1].split())
                seen.append((int(fields["seq"]), (now - int(fields["t"])) / 1e6))


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("token")
    parser.add_argument("logfile")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--rate", type=int, default=50)
    parser.add_argument("--duration", type=int, default=30)
    args = parser.parse_args()

    results = [[] for _ in range(args.clients)]
    loop = asyncio.get_running_loop()
    readies = [loop.create_future() for _ in range(args.clients)]
    tasks = [asyncio.create_task(client(args.port, args.token, readies[i], results, i))
             for i in range(args.clients)]
    await asyncio.wait_for(asyncio.gather(*readies), 60)
    await asyncio.sleep(1)

    total = args.rate * args.duration
    started = time.monotonic()
    with open(args.logfile, "a", buffering=1) as log:
        for seq in range(1, total + 1):
            due = started + seq / args.rate
            await asyncio.sleep(max(0, due - time.monotonic()))
            log.write("2024-05-01 12:00:00 INFO  VE     bench seq=%d t=%d\n" % (seq, time.time_ns()))
    await asyncio.sleep(3)  # the last lines' way through the agent
    for task in tasks:
        task.cancel()
    failures = [t for t in tasks if t.done() and not t.cancelled() and t.exception()]

    latencies = sorted(latency for seen in results for _, latency in seen)
    complete = sum(1 for seen in results if [s for s, _ in seen] == list(range(1, total + 1)))
    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] if latencies else float("nan")
    print("clients %d, lines written %d, lines received %d (expected %d)"
          % (args.clients, total, len(latencies), total * args.clients))
    print("clients with every line once and in order: %d of %d; client errors: %d"
          % (complete, args.clients, len(failures)))
    print("append-to-receive latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f"
          % (pct(50), pct(90), pct(99), latencies[-1] if latencies else float("nan")))
    return 0 if complete == args.clients and not failures else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
