#!/usr/bin/env bash
# Checks the image Jib wrote (target/jib-image.tar) where no Docker engine runs: its configuration (non-root user,
# /data volume, port, memory settings), then unpacks its layers and starts the service from them, chrooted as the
# image's user, until /actuator/health/readiness is UP. Needs root (unshare, chroot), python3 and the ports below free.
set -euo pipefail
image="${1:-target/jib-image.tar}"
port="${CHECK_IMAGE_PORT:-18084}"
bolt="${CHECK_IMAGE_BOLT_PORT:-17684}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$image" "$work" <<'PY'
import json, os, sys, tarfile
image, work = sys.argv[1], sys.argv[2]
root = os.path.join(work, "root")
with tarfile.open(image) as outer:
    manifest = json.load(outer.extractfile("manifest.json"))[0]
    config = json.load(outer.extractfile(manifest["Config"]))["config"]
    assert config.get("User") == "65532:65532", f"user is {config.get('User')}, not 65532:65532"
    assert "/data" in (config.get("Volumes") or {}), "no /data volume"
    assert "8080/tcp" in (config.get("ExposedPorts") or {}), "port 8080 not exposed"
    for layer in manifest["Layers"]:
        with tarfile.open(fileobj=outer.extractfile(layer)) as tar:
            tar.extractall(root, numeric_owner=True)
env = dict(e.split("=", 1) for e in config.get("Env", []))
# The memory settings spring-boot:run passes (pom.xml: zonegraph.jvm.memory, zonegraph.malloc-arena-max).
assert "-Xmx" in env.get("JDK_JAVA_OPTIONS", ""), f"JDK_JAVA_OPTIONS is {env.get('JDK_JAVA_OPTIONS')!r}, no heap limit"
assert env.get("MALLOC_ARENA_MAX", "").isdigit(), "MALLOC_ARENA_MAX is not set"
command = config["Entrypoint"] + (config.get("Cmd") or [])
if "/" not in command[0]:
    command[0] = next(os.path.join(d, command[0]) for d in env.get("PATH", "").split(":")
                      if os.path.exists(os.path.join(root + d, command[0])))
with open(os.path.join(work, "env"), "w") as f:
    f.write("\n".join(f"{k}={v}" for k, v in env.items()) + "\n")
with open(os.path.join(work, "command"), "w") as f:
    f.write("\n".join(command) + "\n")
print(f"image config: user {config['User']}, volumes {list(config['Volumes'])}, entrypoint {' '.join(command)}")
PY
mkdir -p "$work/root/proc" "$work/root/dev"

unshare --fork --pid --mount --mount-proc="$work/root/proc" bash -c '
    work="$0" port="$1" bolt="$2"
    mount --rbind /dev "$work/root/dev"
    mapfile -t env < "$work/env"
    mapfile -t command < "$work/command"
    env -i "${env[@]}" SERVER_PORT="$port" ZONEGRAPH_EMBEDDED_BOLT_PORT="$bolt" \
        "$(command -v chroot)" --userspec=65532:65532 "$work/root" "${command[@]}" > "$work/service.log" 2>&1 &
    service=$!
    for _ in $(seq 1 180); do
        kill -0 "$service" 2>/dev/null || break
        if python3 -c "import urllib.request,sys; sys.exit(0 if b\"UP\" in urllib.request.urlopen(\"http://127.0.0.1:$port/actuator/health/readiness\", timeout=2).read() else 1)" 2>/dev/null; then
            echo "the image runs: readiness UP on port $port; /data written by uid:gid" \
                "$(find "$work/root/data" -mindepth 1 -printf "%u:%g\n" | sort -u | tr "\n" " ")"
            exit 0
        fi
        sleep 1
    done
    echo "the service in the image did not become ready; its log:" >&2
    tail -50 "$work/service.log" >&2
    exit 1
' "$work" "$port" "$bolt"
