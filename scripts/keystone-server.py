"""A throwaway Keystone for blockctl's tests, in one process: writes its config, migrates
its SQLite database, makes fernet keys, bootstraps the admin user, project and identity
endpoint (as keystone-manage db_sync, fernet_setup, credential_setup and bootstrap do),
then serves on 127.0.0.1:PORT until killed.

usage: KEYSTONE_VENV/bin/python scripts/keystone-server.py STATE_DIR PORT ADMIN_PASSWORD
Prints "READY http://127.0.0.1:PORT/v3" on stdout once it listens. One process avoids four
keystone-manage runs of 1.5-2 s of imports each.
"""
import os
import socketserver
import sys
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

state, port, admin_pw = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.argv = sys.argv[:1]  # oslo.config parses sys.argv: hide ours
url = f'http://127.0.0.1:{port}/v3'
os.makedirs(f'{state}/log', exist_ok=True)
conf = f'{state}/keystone.conf'
with open(conf, 'w') as f:
    f.write(f"""[DEFAULT]
log_dir = {state}/log
use_stderr = false
[database]
connection = sqlite:///{state}/keystone.db
[token]
provider = fernet
[fernet_tokens]
key_repository = {state}/fernet-keys
[fernet_receipts]
key_repository = {state}/fernet-keys
[credential]
key_repository = {state}/credential-keys
[cache]
enabled = false
[identity]
password_hash_rounds = 4
""")

import keystone.conf  # noqa: E402
import keystone.server  # noqa: E402
from keystone.cmd import bootstrap  # noqa: E402
from keystone.common import fernet_utils  # noqa: E402
from keystone.common.sql import upgrades  # noqa: E402
from keystone.server.flask import application  # noqa: E402
from keystone.server.flask import core as flask_core  # noqa: E402

CONF = keystone.conf.CONF
keystone.server.configure(config_files=[conf])
upgrades.offline_sync_database_to_version()          # == keystone-manage db_sync
uid, gid = os.getuid(), os.getgid()
for repo, max_keys, group in (                      # == fernet_setup / credential_setup
        (CONF.fernet_tokens.key_repository, CONF.fernet_tokens.max_active_keys, 'fernet_tokens'),
        (CONF.credential.key_repository, 3, 'credential')):
    fu = fernet_utils.FernetUtils(repo, max_keys, group)
    fu.create_key_directory(uid, gid)
    if fu.validate_key_repository(requires_write=True):
        fu.initialize_key_repository(uid, gid)

_, app = keystone.server.setup_backends(
    startup_application_fn=lambda: application.application_factory('public'))
app = flask_core.setup_app_middleware(app)           # as initialize_application() does

bootstrap.backends.load_backends = lambda: {}        # already loaded (registry is locked)
b = bootstrap.Bootstrapper()                         # == keystone-manage bootstrap
b.admin_username, b.admin_password = 'admin', admin_pw
b.project_name, b.admin_role_name = 'admin', 'admin'
b.service_name, b.service_id, b.region_id = 'keystone', None, 'RegionOne'
b.admin_url = b.public_url = b.internal_url = url
b.immutable_roles = True
b.bootstrap()

# Warm the lazily-built policy enforcer before serving: its lazy init has no lock, and the
# first concurrent policy-checked requests on a cold threaded server can get 403/500.
from keystone.common.rbac_enforcer import enforcer as rbac  # noqa: E402
rbac.RBACEnforcer.suppress_deprecation_warnings = True
rbac.RBACEnforcer()._enforcer.load_rules()


class Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class Quiet(WSGIRequestHandler):
    def log_message(self, *a):
        pass


srv = make_server('127.0.0.1', port, app, server_class=Server, handler_class=Quiet)
print('READY', url, flush=True)
srv.serve_forever()
