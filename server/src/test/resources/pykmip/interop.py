"""PyKMIP (Debian python3-pykmip) driven against a running kmip-server.

Usage: interop.py HOST PORT CA CERT KEY [KMIP_VERSION]

Runs a scripted session with PyKMIP's ProxyKmipClient and prints one JSON object per step on
stdout: {"step": name, "ok": bool, ...facts}. The Java test asserts on those facts; this script
asserts nothing itself, so a PyKMIP failure is reported, never hidden.
"""
import json
import sys
import traceback

from kmip import enums
from kmip.pie import client as pie_client
from kmip.pie import exceptions as pie_exceptions
from kmip.pie import objects
from kmip.core import exceptions as core_exceptions


def emit(step, ok, **facts):
    facts.update({"step": step, "ok": ok})
    print(json.dumps(facts, sort_keys=True, default=str), flush=True)


def failure_facts(e):
    facts = {"error": type(e).__name__, "message": str(e)}
    for attr in ("status", "reason"):
        value = getattr(e, attr, None)
        if value is not None:
            facts[attr] = getattr(value, "name", str(value))
    return facts


def step(name, fn):
    try:
        facts = fn() or {}
        emit(name, True, **facts)
        return facts
    except (pie_exceptions.KmipOperationFailure, core_exceptions.KmipError,
            core_exceptions.OperationFailure) as e:
        emit(name, False, **failure_facts(e))
    except Exception as e:  # anything else is a test failure with its trace
        emit(name, False, error=type(e).__name__, message=str(e),
             trace=traceback.format_exc())
    return None


def main():
    host, port, ca, cert, key = sys.argv[1:6]
    version_label = sys.argv[6] if len(sys.argv) > 6 else "1.2"
    version = {
        "1.0": enums.KMIPVersion.KMIP_1_0, "1.1": enums.KMIPVersion.KMIP_1_1,
        "1.2": enums.KMIPVersion.KMIP_1_2, "1.3": enums.KMIPVersion.KMIP_1_3,
        "1.4": enums.KMIPVersion.KMIP_1_4, "2.0": enums.KMIPVersion.KMIP_2_0,
    }[version_label]
    name = "pykmip-interop-key-" + version_label
    c = pie_client.ProxyKmipClient(hostname=host, port=int(port), ca=ca, cert=cert,
                                   key=key, config_file="/dev/null",
                                   kmip_version=version)
    c.open()
    try:
        created = step("create", lambda: {"uid": c.create(
            enums.CryptographicAlgorithm.AES, 256, name=name,
            cryptographic_usage_mask=[enums.CryptographicUsageMask.ENCRYPT,
                                      enums.CryptographicUsageMask.DECRYPT])})
        uid = created["uid"] if created else "missing"

        def get_key():
            k = c.get(uid)
            return {"object_type": k.object_type.name,
                    "algorithm": k.cryptographic_algorithm.name,
                    "length": k.cryptographic_length,
                    "material_length": len(k.value)}

        step("get-before-activate", get_key)
        step("activate", lambda: c.activate(uid) or {"uid": uid})

        def get_attributes():
            got_uid, attrs = c.get_attributes(uid, ["State", "Cryptographic Algorithm",
                                                    "Cryptographic Length", "Name"])
            values = {}
            for a in attrs:
                v = a.attribute_value
                if hasattr(v, "name_value"):
                    values[a.attribute_name.value] = v.name_value.value
                elif hasattr(v, "value") and hasattr(v.value, "name"):
                    values[a.attribute_name.value] = v.value.name
                else:
                    values[a.attribute_name.value] = getattr(v, "value", str(v))
            return {"uid": got_uid, "attributes": values}

        step("get-attributes", get_attributes)
        step("get-attribute-list", lambda: {"names": sorted(c.get_attribute_list(uid))})
        step("locate-by-name", lambda: {"uids": c.locate(attributes=[
            c.attribute_factory.create_attribute(enums.AttributeType.NAME, name)])})
        step("get", get_key)
        step("destroy-active", lambda: c.destroy(uid) or {})
        step("revoke", lambda: c.revoke(enums.RevocationReasonCode.CESSATION_OF_OPERATION,
                                        uid, revocation_message="interop test") or {})
        step("get-attributes-after-revoke", lambda: {"state": c.get_attributes(
            uid, ["State"])[1][0].attribute_value.value.name})
        step("destroy", lambda: c.destroy(uid) or {})
        step("get-destroyed", get_key)
        step("get-unknown", lambda: {"found": c.get("00000000-0000-0000-0000-000000000000") is not None})

        # Get with a Key Wrapping Specification: an AES key wrapped under a wrapping key, unwrapped
        # here with the cryptography package (RFC 3394) and compared with the key's plain Get.
        kek = step("create-wrapping-key", lambda: {"uid": c.create(
            enums.CryptographicAlgorithm.AES, 256,
            cryptographic_usage_mask=[enums.CryptographicUsageMask.WRAP_KEY,
                                      enums.CryptographicUsageMask.UNWRAP_KEY])})
        wrapped_uid = step("create-key-to-wrap", lambda: {"uid": c.create(
            enums.CryptographicAlgorithm.AES, 128,
            cryptographic_usage_mask=[enums.CryptographicUsageMask.ENCRYPT])})
        if kek and wrapped_uid:
            c.activate(kek["uid"])

            def get_wrapped():
                from cryptography.hazmat.primitives import keywrap
                try:
                    k = c.get(wrapped_uid["uid"], key_wrapping_specification={
                        "wrapping_method": enums.WrappingMethod.ENCRYPT,
                        "encryption_key_information": {"unique_identifier": kek["uid"]},
                        "encoding_option": enums.EncodingOption.NO_ENCODING})
                except core_exceptions.ReadValueError as e:
                    # PyKMIP 0.10 reads every Key Value as a Structure; a wrapped one is a Byte
                    # String (KMIP 1.4 section 2.1.4, 2.1 Table 50), which it cannot decode.
                    return {"client_cannot_read_wrapped_key_value": True, "message": str(e)}
                kek_bytes = c.get(kek["uid"]).value
                plain = c.get(wrapped_uid["uid"]).value
                data = k.key_wrapping_data or {}
                return {"wrapped_length": len(k.value),
                        "wrapped_differs": k.value != plain,
                        "unwraps_to_key": keywrap.aes_key_unwrap(kek_bytes, k.value) == plain,
                        "wrapping_method": getattr(data.get("wrapping_method"), "name", None),
                        "wrapping_key": (data.get("encryption_key_information") or {}).get("unique_identifier")}

            step("get-wrapped", get_wrapped)

        secret = objects.SecretData(b"interop secret data 0123456789ab",
                                    enums.SecretDataType.PASSWORD,
                                    masks=[enums.CryptographicUsageMask.DERIVE_KEY],
                                    name="pykmip-interop-secret-" + version_label)
        registered = step("register-secret-data", lambda: {"uid": c.register(secret)})
        if registered:
            step("get-secret-data", lambda: {
                "object_type": c.get(registered["uid"]).object_type.name,
                "value_matches": c.get(registered["uid"]).value == secret.value})
    finally:
        c.close()


if __name__ == "__main__":
    main()
