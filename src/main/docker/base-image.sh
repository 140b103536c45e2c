#!/usr/bin/env bash
# Builds the image's base as a Docker archive (target/image-base.tar) from what this machine has, since no registry
# base image can be pulled here: a Java runtime cut from the build JDK with jlink, the shared libraries it links
# against (found with ldd, so from this machine's Debian), a non-root user 65532 and its /data volume folder.
# Jib (profile `image`, see pom.xml) puts the application on top of it.
# Needs: a JDK 17 with jmods (Debian: openjdk-17-jdk-headless), ldd, python3.
set -euo pipefail
out="${1:-target}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
root="$out/image-base"
rm -rf "$root" "$out/image-base.tar"
mkdir -p "$root/opt" "$root/etc" "$root/data" "$root/tmp"

# java.desktop is there for java.beans (Spring); jdk.charsets for GBK and other CJK encodings.
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,\
jdk.unsupported,jdk.zipfs

# Every shared library the runtime's binaries and libraries need, with the dynamic loader.
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -print0 \
    | xargs -0 ldd 2>/dev/null | grep -o '/[^ ]*' | grep -v "^$root" | sort -u | while read -r lib; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done

printf 'root:x:0:0:root:/root:/sbin/nologin\nzonegraph:x:65532:65532:zonegraph:/data:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nzonegraph:x:65532:\n' > "$root/etc/group"

python3 - "$root" "$out/image-base.tar" <<'PY'
import hashlib, io, json, os, sys, tarfile
root, target = sys.argv[1], sys.argv[2]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for directory, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for name in [""] + sorted(files):
            path = os.path.join(directory, name) if name else directory
            arcname = os.path.relpath(path, root)
            if arcname == ".":
                continue
            info = tar.gettarinfo(path, arcname)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 0
            if arcname in ("data", "tmp"):
                info.mode = 0o1777 if arcname == "tmp" else 0o755
                if arcname == "data":
                    info.uid = info.gid = 65532
            with open(path, "rb") if info.isreg() else io.BytesIO() as data:
                tar.addfile(info, data if info.isreg() else None)
layer_bytes = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"User": "65532:65532", "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java"]},
          "rootfs": {"type": "layers", "diff_ids": [diff_id]}}
config_bytes = json.dumps(config).encode()
manifest = [{"Config": "config.json", "RepoTags": ["zonegraph-base:local"], "Layers": ["layer.tar"]}]
with tarfile.open(target, "w") as out:
    for name, data in (("layer.tar", layer_bytes), ("config.json", config_bytes),
                       ("manifest.json", json.dumps(manifest).encode())):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        out.addfile(info, io.BytesIO(data))
print(f"{target}: {os.path.getsize(target) / 1e6:.0f} MB base ({diff_id[:19]})")
PY
