"""One PyKMIP connection held open across an operator's action on the server.

Usage: held_connection.py HOST PORT CA CERT KEY

Opens a ProxyKmipClient (KMIP 1.4), creates an AES key and prints {"step": "create", ...}; then
waits for a line on stdin, tries a Get on the same connection and prints {"step": "get-after", ...};
then tries a new connection and prints {"step": "reconnect", ...}. Each line says ok true or false
with the error; the Java test asserts on them.
"""
import json
import sys

from kmip import enums
from kmip.pie import client as pie_client


def emit(step, ok, **facts):
    facts.update({"step": step, "ok": ok})
    print(json.dumps(facts, sort_keys=True, default=str), flush=True)


def attempt(step, fn):
    try:
        emit(step, True, **(fn() or {}))
    except Exception as e:  # every failure is a fact for the test
        emit(step, False, error=type(e).__name__, message=str(e))


def client(args):
    host, port, ca, cert, key = args
    return pie_client.ProxyKmipClient(hostname=host, port=int(port), ca=ca, cert=cert, key=key,
                                      config_file="/dev/null", kmip_version=enums.KMIPVersion.KMIP_1_4)


def main():
    args = sys.argv[1:6]
    c = client(args)
    state = {}

    def create():
        c.open()
        state["uid"] = c.create(enums.CryptographicAlgorithm.AES, 256, name="held-connection-key")
        return {"uid": state["uid"]}

    attempt("create", create)
    sys.stdin.readline()
    attempt("get-after", lambda: {"length": len(c.get(state.get("uid", "none")).value)})

    def reconnect():
        again = client(args)
        again.open()
        try:
            return {"uid": again.create(enums.CryptographicAlgorithm.AES, 128)}
        finally:
            again.close()

    attempt("reconnect", reconnect)


if __name__ == "__main__":
    main()
