"""Start and stop a throwaway Virtuoso (Debian's ``virtuoso-opensource``) for the tests and the
bench: a database folder and an ini of our own, both ports on 127.0.0.1, no system service.

A fresh database has the administrator ``dba`` with the password ``dba``; once it is up, that
password is replaced by a random one and a user with SPARQL_UPDATE is made for the store, which
writes through ``/sparql-auth`` (digest authentication). Run as a script it starts a server and
prints the environment to use it (``python tests/virtuoso_server.py FOLDER``), until Ctrl-C.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from loopback import free_port

SERVER = "virtuoso-t"
ISQL = "isql-vt"

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {db}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
MaxQueryMem = 1G

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4
MaxClientConnections = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


@dataclass
class VirtuosoServer:
    process: subprocess.Popen
    folder: Path
    url: str
    sql_port: int
    user: str
    password: str
    admin_password: str

    def environment(self) -> dict[str, str]:
        """What a store on this server needs (``--store`` is :attr:`url`)."""
        return {"DKG_STORE_LAYOUT": "virtuoso", "DKG_STORE_USER": self.user, "DKG_STORE_PASSWORD": self.password}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def installed() -> bool:
    return shutil.which(SERVER) is not None and shutil.which(ISQL) is not None


def _isql(port: int, password: str, statements: str, timeout: float = 60) -> None:
    done = subprocess.run([ISQL, f"127.0.0.1:{port}", "dba", password, f"exec={statements}"],
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0 or "Error" in done.stdout:  # isql reports a failed statement on stdout
        raise RuntimeError(f"virtuoso setup failed: {done.stdout[-500:]} {done.stderr[-500:]}")


def start(folder: Path, *, buffers: int = 20000, timeout: float = 60.0) -> VirtuosoServer:
    """A fresh Virtuoso with its database in ``folder`` (created), ready for a store."""
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(db=folder, sql_port=sql_port, http_port=http_port, buffers=buffers,
                              dirty=buffers * 3 // 4), encoding="utf-8")
    log = open(folder / "server.out", "wb")
    proc = subprocess.Popen([SERVER, "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    log.close()
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"virtuoso exited at start (see {folder / 'virtuoso.log'})")
        try:
            with socket.create_connection(("127.0.0.1", http_port), timeout=0.2):
                break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("virtuoso did not start in time") from None
            time.sleep(0.1)
    admin, password = "a" + secrets.token_hex(12), secrets.token_hex(12)  # (a name, not a number, for isql)
    _isql(sql_port, "dba", f"DB.DBA.USER_CREATE('dkg', '{password}'); GRANT SPARQL_UPDATE TO \"dkg\"; "
                           f"SET PASSWORD dba {admin};")
    return VirtuosoServer(proc, folder, f"http://127.0.0.1:{http_port}", sql_port, "dkg", password, admin)


def bulk_load(server: VirtuosoServer, nquads: Path) -> None:
    """Load an N-Quads file with Virtuoso's own bulk loader (for the bench: much faster than
    SPARQL updates). The file must lie in the server's folder (its ``DirsAllowed``)."""
    _isql(server.sql_port, server.admin_password,
          f"ld_dir('{nquads.parent}', '{nquads.name}', 'urn:dkg:bulk-default'); rdf_loader_run(); checkpoint;",
          timeout=3600)


if __name__ == "__main__":
    server = start(Path(sys.argv[1]).resolve())
    print(f"export DKG_STORE={server.url}")
    for key, value in server.environment().items():
        print(f"export {key}={value}")
    sys.stdout.flush()
    try:
        while server.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
