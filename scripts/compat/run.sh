#!/usr/bin/env bash
# make test-compat: the README's own commands (`make setup`, then `make test`) on the QGIS of other Debian
# releases, each in a minimal debootstrap chroot kept in a cache outside the repository:
#   trixie (Debian 13): QGIS 3.40, Python 3.13, NumPy 2        sid: QGIS 3.44, SQLite 3.5x
# A second run reuses the chroot: no debootstrap, and `make setup` installs only packages the Makefile's APT_PKGS
# gained since (after an `apt-get update`). Run as root. Usage: scripts/compat/run.sh [suite...]
# Variables: COMPAT_CACHE (default /var/cache/balloon-watch/compat); COMPAT_REBUILD=1 (debootstrap again);
# COMPAT_MAX_AGE (days, default 30: an older chroot is built anew, so sid keeps up with sid);
# COMPAT_TEST (default `make test`; e.g. '.venv/bin/python -m pytest tests/core -q' runs a part in every chroot).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${COMPAT_CACHE:-/var/cache/balloon-watch/compat}
SUITES=("$@")
[[ ${#SUITES[@]} -gt 0 ]] || SUITES=(trixie sid)
# What the chroot is made of. Changing any of it (or FORMAT, for changes below) makes the next run debootstrap anew.
FORMAT=1
INCLUDE=ca-certificates,make
TEST=${COMPAT_TEST:-make test}
MAX_AGE=${COMPAT_MAX_AGE:-30}
DEST=/build/repo   # not named balloon_watch: ruff resolves relative imports by folder name, and its TID251 ban would fire

log() { printf '[compat %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

[[ $(id -u) == 0 ]] || die "run as root (debootstrap and chroot need it)"
case $CACHE in /|"") die "COMPAT_CACHE must be a folder of its own, not '$CACHE'";; esac
case $CACHE/ in "$REPO"/*) die "COMPAT_CACHE ($CACHE) must be outside the repository";; esac

# The host's Debian mirror (deb822 or one-line sources), so the chroots use what this machine's apt uses.
host_uri() {  # $1: "main" or "security"
    local want=$1 uri suites line f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        uri="" suites=""
        while IFS= read -r line || [[ -n $line ]]; do
            case $line in
                URIs:*) uri=$(awk '{print $2}' <<<"$line");;
                Suites:*) suites=${line#Suites:};;
                "") if [[ -n $uri ]] && pick "$want" "$uri" "$suites"; then echo "$uri"; return; fi; uri="" suites="";;
            esac
        done <"$f"
        if [[ -n $uri ]] && pick "$want" "$uri" "$suites"; then echo "$uri"; return; fi
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        while read -r kind a b c _; do
            [[ $kind == deb ]] || continue
            [[ $a == \[* ]] && { a=$b; b=$c; }  # skip one [option]
            if pick "$want" "$a" "$b"; then echo "$a"; return; fi
        done <"$f"
    done
    if [[ $want == security ]]; then echo http://deb.debian.org/debian-security; else echo http://deb.debian.org/debian; fi
}
pick() {  # is URI $2 with suites $3 Debian's main archive ($1=main) or its security archive ($1=security)?
    [[ $2 == *debian* ]] || return 1
    if [[ $1 == security ]]; then [[ $3 == *-security* ]]; else [[ $3 != *-security* && $3 != *-backports* ]]; fi
}
MIRROR=$(host_uri main)
SECURITY=$(host_uri security)

# Every mount point at or under $1, deepest first (from this process's mount table).
mounts_under() { awk -v r="$1" '$5 == r || index($5, r "/") == 1 {print $5}' /proc/self/mountinfo | sort -r; }
unmount_all() {
    local m
    for m in $(mounts_under "$1"); do umount "$m" 2>/dev/null || umount -l "$m" || log "could not unmount $m"; done
}
ACTIVE=()   # chroots whose mounts the exit trap removes
cleanup() { local r; for r in "${ACTIVE[@]}"; do unmount_all "$r"; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mount_chroot() {
    local root=$1
    ACTIVE+=("$root")
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"; mount --make-private "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount -t tmpfs tmpfs "$root/dev/shm"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
}

in_chroot() {  # a clean environment: nothing of the host's PIP_*, proxies or paths leaks in, and a HOME on the
    # fresh /tmp, so no QGIS or Qt settings carry over from one run to the next
    local root=$1; shift
    chroot "$root" /usr/bin/env -i HOME=/tmp/home LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin CI="${CI:-}" \
        /bin/bash -euo pipefail -c "mkdir -p \$HOME; $*"
}

discard() {  # delete a chroot that has no mounts, in the background (a later run finishes what is left)
    [[ -z $(mounts_under "$1") ]] || die "$1 has mounts: not deleting it"
    nohup nice ionice -c3 rm -rf --one-file-system "$1" >/dev/null 2>&1 </dev/null &
}

ensure_host_tools() {
    command -v debootstrap >/dev/null && return
    log "installing debootstrap on the host"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
}

# Write the chroot's apt sources and configuration from the host's mirror.
configure_apt() {
    local root=$1 suite=$2
    rm -f "$root/etc/apt/sources.list"
    {
        if [[ $suite == sid ]]; then
            printf 'Types: deb\nURIs: %s\nSuites: sid\nComponents: main\n' "$MIRROR"
        else
            printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\n\n' "$MIRROR" "$suite" "$suite"
            printf 'Types: deb\nURIs: %s\nSuites: %s-security\nComponents: main\n' "$SECURITY" "$suite"
        fi
    } >"$root/etc/apt/sources.list.d/debian.sources"
    # sid's Release can look expired against this machine's clock; only sid gets this
    if [[ $suite == sid ]]; then
        echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99compat-valid-until"
    fi
    # no daemon starts inside the chroot
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"; chmod 755 "$root/usr/sbin/policy-rc.d"
}

# The host's extra CA certificates (pip reaches the registry through a TLS proxy) and DNS; refreshed every run
# because the host's may change between runs.
sync_host_config() {
    local root=$1 f changed=0
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mkdir -p "$root/usr/local/share/ca-certificates"
    for f in "$root"/usr/local/share/ca-certificates/*.crt; do
        [[ -e $f && ! -e /usr/local/share/ca-certificates/${f##*/} ]] && { rm -f "$f"; changed=1; }
    done
    for f in /usr/local/share/ca-certificates/*.crt; do
        [[ -e $f ]] || continue
        cmp -s "$f" "$root/usr/local/share/ca-certificates/${f##*/}" || { cp "$f" "$root/usr/local/share/ca-certificates/"; changed=1; }
    done
    [[ $changed == 0 ]] || chroot "$root" update-ca-certificates >/dev/null
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$root/etc/pip.conf"
}

# The working tree (not .git, not the host's venv or build output) into the chroot; the chroot's own .venv is kept.
copy_repo() {
    local root=$1 d="$1$DEST"
    mkdir -p "$d"
    find "$d" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf --one-file-system {} +
    tar -C "$REPO" --exclude=./.git --exclude=./.venv --exclude=./.build --exclude=./dist --exclude=./out \
        --exclude=./bench/out --exclude=./tests/artifacts --exclude=__pycache__ --exclude=./.ruff_cache \
        --exclude='./i18n/*.qm' -cf - . | tar -C "$d" -xf -
}

fmt() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

SUMMARY=() FAILED=0
run_leg() {  # adds one line to SUMMARY; a failing make sets FAILED, a broken chroot stops the whole run
    local suite=$1 root="$CACHE/$1" stamp t0 t_boot=0 t_setup=0 t_test=0 rc=0 state=cached qgis
    stamp="format=$FORMAT suite=$suite mirror=$MIRROR include=$INCLUDE"
    if [[ -n $(mounts_under "$root") ]]; then  # we hold the suite's lock: these are left by a killed run
        log "$suite: unmounting what a killed run left: $(mounts_under "$root" | tr '\n' ' ')"
        unmount_all "$root"
        [[ -z $(mounts_under "$root") ]] || die "$root still has mounts"
    fi
    if [[ ${COMPAT_REBUILD:-0} == 1 || ! -f $root/.compat-stamp || $(cat "$root/.compat-stamp") != "$stamp" ||
          -n $(find "$root/.compat-stamp" -mtime +"$MAX_AGE") ]]; then
        state=fresh
        log "$suite: debootstrap from $MIRROR into $root"
        unmount_all "$root.new"
        rm -rf --one-file-system "$root.new"
        t0=$SECONDS
        ACTIVE+=("$root.new")  # debootstrap mounts /proc and /sys itself; an interrupted one would leave them
        debootstrap --variant=minbase --include="$INCLUDE" "$suite" "$root.new" "$MIRROR" >"$CACHE/$suite.debootstrap.log" 2>&1 \
            || { tail -20 "$CACHE/$suite.debootstrap.log" >&2; die "$suite: debootstrap failed (log: $CACHE/$suite.debootstrap.log)"; }
        unmount_all "$root.new"
        configure_apt "$root.new" "$suite"
        echo "$stamp" >"$root.new/.compat-stamp"
        if [[ -e $root ]]; then  # deleting 2 GB of small files takes minutes here: out of the way, then behind us
            mv "$root" "$root.old.$$"
            discard "$root.old.$$"
        fi
        mv "$root.new" "$root"
        t_boot=$((SECONDS - t0))
    fi
    sync_host_config "$root"
    copy_repo "$root"
    mount_chroot "$root"
    log "$suite: make setup"
    t0=$SECONDS
    in_chroot "$root" "cd $DEST && make setup && apt-get clean" || rc=$?
    t_setup=$((SECONDS - t0))
    qgis=$(in_chroot "$root" "dpkg-query -W -f '\${Version}' qgis" 2>/dev/null || echo '?')
    if [[ $rc == 0 ]]; then
        log "$suite: $TEST (QGIS $qgis)"
        t0=$SECONDS
        in_chroot "$root" "cd $DEST && $TEST" || rc=$?
        t_test=$((SECONDS - t0))
    fi
    unmount_all "$root"
    local disk
    disk=$(du -sh --one-file-system "$root" 2>/dev/null | cut -f1)
    SUMMARY+=("$(printf '%-7s %-6s QGIS %-22s debootstrap %s  setup %s  test %s  total %s  disk %s  %s' "$suite" "$state" \
        "$qgis" "$(fmt $t_boot)" "$(fmt $t_setup)" "$(fmt $t_test)" "$(fmt $((t_boot + t_setup + t_test)))" "$disk" \
        "$([[ $rc == 0 ]] && echo PASSED || echo "FAILED ($rc)")")")
    [[ $rc == 0 ]] || FAILED=1
}

main() {
    local suite lock
    mkdir -p "$CACHE"
    ensure_host_tools
    local old
    for old in "$CACHE"/*.old.*; do  # left by a run that ended before its background delete
        [[ -d $old ]] && ! pgrep -f "rm -rf --one-file-system $old" >/dev/null && discard "$old"
    done
    for suite in "${SUITES[@]}"; do
        case $suite in trixie|sid) ;; *) die "unknown suite '$suite' (trixie or sid)";; esac
        exec {lock}>"$CACHE/$suite.lock"
        flock "$lock"  # one run per chroot at a time
        run_leg "$suite"
        exec {lock}>&-
    done
    echo "== QGIS matrix (cache: $CACHE) =="
    printf '%s\n' "${SUMMARY[@]}"
    return "$FAILED"
}
main; exit  # on one line: bash has read it all before it runs, so editing this file mid-run cannot break the run
