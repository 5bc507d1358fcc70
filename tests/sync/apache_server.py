"""Apache's mod_dav on loopback, a second real WebDAV server beside WsgiDAV (Debian's
apache2; .ci/run installs it). Its own configuration in a temporary folder: basic
authentication from a password file, Nextcloud's path layout, Apache's defaults
otherwise – among them no PROPFIND with infinite depth (``DavDepthInfinity Off``)."""

from __future__ import annotations

import base64
import hashlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from tests.sync.dav_server import PASSWORD, USER, _free_port

APACHE = Path("/usr/sbin/apache2")
MODULES = Path("/usr/lib/apache2/modules")
NEEDED = (
    ("mpm_event_module", "mod_mpm_event.so"),
    ("authz_core_module", "mod_authz_core.so"),
    ("authn_core_module", "mod_authn_core.so"),
    ("auth_basic_module", "mod_auth_basic.so"),
    ("authn_file_module", "mod_authn_file.so"),
    ("authz_user_module", "mod_authz_user.so"),
    ("alias_module", "mod_alias.so"),
    ("dav_module", "mod_dav.so"),
    ("dav_fs_module", "mod_dav_fs.so"),
)


def available() -> bool:
    return APACHE.exists() and all((MODULES / so).exists() for _, so in NEEDED)


class ApacheDav:
    """Apache serving a WebDAV folder at ``url`` (started at once; ``stop`` ends it)."""

    def __init__(self) -> None:
        # Apache's workers run as www-data when started as root: the folders must be
        # reachable for them (pytest's own temporary folders are private to root).
        self.home = Path(tempfile.mkdtemp(prefix="werkbank-apache-"))
        self.home.chmod(0o755)
        self.dav = self.home / "dav"
        self.dav.mkdir()
        (self.home / "lock").mkdir()
        self.port = _free_port()
        self.mount = f"/remote.php/dav/files/{USER}"
        digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
        (self.home / "htpasswd").write_text(f"{USER}:{{SHA}}{digest}\n")
        user = ""
        if os.getuid() == 0:
            user = "User www-data\nGroup www-data\n"
            uid, gid = pwd.getpwnam("www-data")[2:4]
            for path in (self.dav, self.home / "lock"):
                os.chown(path, uid, gid)
        modules = "".join(f"LoadModule {name} {MODULES / so}\n" for name, so in NEEDED)
        (self.home / "httpd.conf").write_text(
            f"""{modules}{user}ServerName localhost
ServerRoot {self.home}
Listen 127.0.0.1:{self.port}
PidFile {self.home}/httpd.pid
ErrorLog {self.home}/error.log
DocumentRoot {self.home}/dav
DavLockDB {self.home}/lock/DavLock
Alias {self.mount} {self.dav}
<Directory {self.dav}>
    Dav On
    AuthType Basic
    AuthName "Werkbank"
    AuthUserFile {self.home}/htpasswd
    Require valid-user
</Directory>
"""
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.mount}/Werkbank"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(APACHE), "-f", str(self.home / "httpd.conf"), "-DFOREGROUND"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                httpx.request("OPTIONS", f"http://127.0.0.1:{self.port}/", timeout=1)
                return
            except httpx.TransportError:
                if self.process.poll() is not None:
                    raise RuntimeError(self._log()) from None
                time.sleep(0.05)
        raise RuntimeError("Apache did not start: " + self._log())

    def _log(self) -> str:
        path = self.home / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)
