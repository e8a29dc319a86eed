
use builtin;
use str;

set edit:completion:arg-completer[blockctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'blockctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'blockctl'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand volume 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete'
            cand snapshot 'Snapshots of volumes'
            cand backup 'Backups of volumes: create, restore, verify, export and import records'
            cand attachment 'Attachments of volumes to hosts, with their connection info'
            cand serve 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)'
            cand token 'Tokens for blockctl serve --auth token'
            cand type 'Volume types and their extra specs (what the scheduler matches)'
            cand quota 'Quota limits and usage of the project'
            cand backend 'Storage backends and their capacity'
            cand flow 'The flow journal: list, show and recover interrupted flows'
            cand config 'The effective configuration'
            cand doctor 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;volume'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
            cand list 'List volumes'
            cand show 'Show one volume'
            cand set 'Rename a volume or change its description'
            cand extend 'Grow a volume (volumes never shrink)'
            cand delete 'Delete volumes (with --cascade, their snapshots too)'
            cand snapshot 'Take a snapshot of a volume (same as `snapshot create`)'
            cand clone 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
            cand flatten 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)'
            cand migrate 'Move a volume to another backend, copying and verifying its data (progress bar)'
            cand retype 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
            cand attach 'Attach a volume to a host: export it and print its connection info'
            cand detach 'Detach a volume from a host (the export goes with its last attachment)'
            cand backup 'Back up a volume (same as `backup create`): progress bar, journaled'
            cand revert 'Revert a volume to its latest snapshot, discarding later changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;volume;create'= {
            cand --size 'Size in GiB (e.g. 10, 10G, 1T); defaults to the source''s size'
            cand --description 'description'
            cand --snapshot 'Create from this snapshot (copy-on-write)'
            cand --source 'Create as a full copy of this volume'
            cand --type 'The volume type (name or id; default: the configured default_volume_type)'
            cand --availability-zone 'Only a backend in this availability zone'
            cand --backend 'Place it on this backend (its name, or host@backend#pool); the filters still apply'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --if-not-exists 'Succeed without change when a volume of this name exists'
            cand --multiattach 'Let several hosts attach the volume at once'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;list'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;set'= {
            cand --name 'name'
            cand --description 'description'
            cand --state 'Admin: set the status in the catalogue, whatever the backend holds (Cinder''s reset-state), e.g. to take a volume out of a status an outside problem left it in'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;extend'= {
            cand --size 'The new size, in GiB (e.g. 20, 20G, 1T)'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;delete'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --cascade 'Delete the volumes'' snapshots too'
            cand --ignore-missing 'Succeed without change for volumes that do not exist'
            cand --flatten-dependents 'First flatten the clones of the volumes'' snapshots (progress bar), so they survive'
            cand --defer 'If clones depend on the snapshots, hide the volume now and delete it when the last clone is flattened or deleted (RBD: the image waits in the trash)'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;snapshot'= {
            cand --name 'The snapshot''s name (unique per volume)'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --if-not-exists 'Succeed without change when the volume has a snapshot of this name'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;clone'= {
            cand --snapshot 'Clone this snapshot (copy-on-write)'
            cand --source 'Clone this volume (full copy)'
            cand --name 'The new volume''s name'
            cand --size 'Size in GiB; defaults to the source''s size'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --if-not-exists 'if-not-exists'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;flatten'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;migrate'= {
            cand --backend 'The destination: a backend''s name or host@backend#pool'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;retype'= {
            cand --type 'The new volume type (name or id)'
            cand --migration-policy 'migration-policy'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;attach'= {
            cand --host 'The host to attach to'
            cand --initiator 'The host''s iSCSI initiator name (needed by iSCSI exports)'
            cand --ip 'The host''s IP address'
            cand --connector 'The host''s whole connector, as os-brick builds it (JSON)'
            cand --instance 'The instance (server) the volume is for'
            cand --mountpoint 'The device the host will see, e.g. /dev/vdb'
            cand --mode 'Read-write or read-only'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --local 'Build the connector for this host (name, IP, /etc/iscsi/initiatorname.iscsi)'
            cand --show-secrets 'Show CHAP passwords and keys in table output (JSON always has them)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;detach'= {
            cand --attachment 'The attachment to remove (needed when the volume has several)'
            cand --host 'The host whose attachment to remove'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --force 'Detach even a half-attached volume, disconnecting hosts still logged in (admin)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;backup'= {
            cand --name 'The backup''s name [default: VOLUME-<UTC time>]'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --incremental 'Store only the chunks changed since the volume''s newest available backup'
            cand --force 'Back up an attached (in-use) volume, where the backend can read it consistently'
            cand --if-not-exists 'Succeed without change when the volume has an available backup of this --name'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;revert'= {
            cand --snapshot 'The snapshot (must be the volume''s latest)'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;volume;help'= {
            cand create 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
            cand list 'List volumes'
            cand show 'Show one volume'
            cand set 'Rename a volume or change its description'
            cand extend 'Grow a volume (volumes never shrink)'
            cand delete 'Delete volumes (with --cascade, their snapshots too)'
            cand snapshot 'Take a snapshot of a volume (same as `snapshot create`)'
            cand clone 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
            cand flatten 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)'
            cand migrate 'Move a volume to another backend, copying and verifying its data (progress bar)'
            cand retype 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
            cand attach 'Attach a volume to a host: export it and print its connection info'
            cand detach 'Detach a volume from a host (the export goes with its last attachment)'
            cand backup 'Back up a volume (same as `backup create`): progress bar, journaled'
            cand revert 'Revert a volume to its latest snapshot, discarding later changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;volume;help;create'= {
        }
        &'blockctl;volume;help;list'= {
        }
        &'blockctl;volume;help;show'= {
        }
        &'blockctl;volume;help;set'= {
        }
        &'blockctl;volume;help;extend'= {
        }
        &'blockctl;volume;help;delete'= {
        }
        &'blockctl;volume;help;snapshot'= {
        }
        &'blockctl;volume;help;clone'= {
        }
        &'blockctl;volume;help;flatten'= {
        }
        &'blockctl;volume;help;migrate'= {
        }
        &'blockctl;volume;help;retype'= {
        }
        &'blockctl;volume;help;attach'= {
        }
        &'blockctl;volume;help;detach'= {
        }
        &'blockctl;volume;help;backup'= {
        }
        &'blockctl;volume;help;revert'= {
        }
        &'blockctl;volume;help;help'= {
        }
        &'blockctl;snapshot'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Take a snapshot of a volume (same as `volume snapshot`)'
            cand list 'List snapshots'
            cand show 'Show one snapshot'
            cand delete 'Delete snapshots (their data is merged into the images built on them)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;snapshot;create'= {
            cand --name 'The snapshot''s name (unique per volume)'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --if-not-exists 'Succeed without change when the volume has a snapshot of this name'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;snapshot;list'= {
            cand --volume 'Only this volume''s snapshots'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;snapshot;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;snapshot;delete'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --ignore-missing 'Succeed without change for snapshots that do not exist'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;snapshot;help'= {
            cand create 'Take a snapshot of a volume (same as `volume snapshot`)'
            cand list 'List snapshots'
            cand show 'Show one snapshot'
            cand delete 'Delete snapshots (their data is merged into the images built on them)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;snapshot;help;create'= {
        }
        &'blockctl;snapshot;help;list'= {
        }
        &'blockctl;snapshot;help;show'= {
        }
        &'blockctl;snapshot;help;delete'= {
        }
        &'blockctl;snapshot;help;help'= {
        }
        &'blockctl;backup'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Back up a volume (same as `volume backup`): progress bar, journaled'
            cand list 'List backups'
            cand show 'Show one backup'
            cand set 'Rename a backup or change its description'
            cand delete 'Delete backups (refused while incrementals depend on one)'
            cand restore 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
            cand verify 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
            cand export-record 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue'
            cand import-record 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;backup;create'= {
            cand --name 'The backup''s name [default: VOLUME-<UTC time>]'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --incremental 'Store only the chunks changed since the volume''s newest available backup'
            cand --force 'Back up an attached (in-use) volume, where the backend can read it consistently'
            cand --if-not-exists 'Succeed without change when the volume has an available backup of this --name'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;list'= {
            cand --volume 'Only this volume''s backups'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;set'= {
            cand --name 'name'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;delete'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --ignore-missing 'Succeed without change for backups that do not exist'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;restore'= {
            cand --volume 'Overwrite this volume (it must be available and large enough)'
            cand --name 'The new volume''s name [default: restore-BACKUP]'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;verify'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;export-record'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;import-record'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backup;help'= {
            cand create 'Back up a volume (same as `volume backup`): progress bar, journaled'
            cand list 'List backups'
            cand show 'Show one backup'
            cand set 'Rename a backup or change its description'
            cand delete 'Delete backups (refused while incrementals depend on one)'
            cand restore 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
            cand verify 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
            cand export-record 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue'
            cand import-record 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;backup;help;create'= {
        }
        &'blockctl;backup;help;list'= {
        }
        &'blockctl;backup;help;show'= {
        }
        &'blockctl;backup;help;set'= {
        }
        &'blockctl;backup;help;delete'= {
        }
        &'blockctl;backup;help;restore'= {
        }
        &'blockctl;backup;help;verify'= {
        }
        &'blockctl;backup;help;export-record'= {
        }
        &'blockctl;backup;help;import-record'= {
        }
        &'blockctl;backup;help;help'= {
        }
        &'blockctl;attachment'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List attachments'
            cand show 'Show one attachment, with its connection info'
            cand delete 'Detach by attachment (the volume''s export goes with its last attachment)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;attachment;list'= {
            cand --volume 'Only this volume''s attachments'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;attachment;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --show-secrets 'Show CHAP passwords and keys in table output'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;attachment;delete'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --force 'Delete even a half-attached attachment, disconnecting hosts still logged in'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;attachment;help'= {
            cand list 'List attachments'
            cand show 'Show one attachment, with its connection info'
            cand delete 'Detach by attachment (the volume''s export goes with its last attachment)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;attachment;help;list'= {
        }
        &'blockctl;attachment;help;show'= {
        }
        &'blockctl;attachment;help;delete'= {
        }
        &'blockctl;attachment;help;help'= {
        }
        &'blockctl;serve'= {
            cand --listen 'Address and port to listen on (port 0: any free port, printed on stderr)'
            cand --auth 'How callers authenticate'
            cand --tls-cert 'Serve HTTPS with this PEM certificate (chain)'
            cand --tls-key 'The PEM private key of --tls-cert'
            cand --keystone-url 'Keystone''s identity endpoint, where --auth keystone checks tokens'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --insecure 'Allow --auth noauth on an address other hosts can reach'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;token'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a token for a project; its secret is printed once and kept only as a hash'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;token;create'= {
            cand --project 'project'
            cand --role 'role'
            cand --description 'description'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;token;list'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;token;revoke'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;token;help'= {
            cand create 'Make a token for a project; its secret is printed once and kept only as a hash'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;token;help;create'= {
        }
        &'blockctl;token;help;list'= {
        }
        &'blockctl;token;help;revoke'= {
        }
        &'blockctl;token;help;help'= {
        }
        &'blockctl;type'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a volume type'
            cand list 'List volume types'
            cand show 'Show a volume type and its extra specs'
            cand set 'Set extra specs or the description'
            cand unset 'Remove extra specs'
            cand delete 'Delete a volume type no volume uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;type;create'= {
            cand --description 'description'
            cand --property 'An extra spec, e.g. volume_backend_name=ceph or capabilities:thin_provisioning_support=''<is> True'' (repeatable)'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --private 'Visible to other projects (the default; --private hides it)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;list'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;set'= {
            cand --description 'description'
            cand --property 'property'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;unset'= {
            cand --property 'property'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;delete'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;type;help'= {
            cand create 'Create a volume type'
            cand list 'List volume types'
            cand show 'Show a volume type and its extra specs'
            cand set 'Set extra specs or the description'
            cand unset 'Remove extra specs'
            cand delete 'Delete a volume type no volume uses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;type;help;create'= {
        }
        &'blockctl;type;help;list'= {
        }
        &'blockctl;type;help;show'= {
        }
        &'blockctl;type;help;set'= {
        }
        &'blockctl;type;help;unset'= {
        }
        &'blockctl;type;help;delete'= {
        }
        &'blockctl;type;help;help'= {
        }
        &'blockctl;quota'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show limits, usage and reservations'
            cand set 'Set limits (-1 for unlimited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;quota;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;quota;set'= {
            cand --volumes 'volumes'
            cand --snapshots 'snapshots'
            cand --gigabytes 'gigabytes'
            cand --backups 'backups'
            cand --backup-gigabytes 'backup-gigabytes'
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;quota;help'= {
            cand show 'Show limits, usage and reservations'
            cand set 'Set limits (-1 for unlimited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;quota;help;show'= {
        }
        &'blockctl;quota;help;set'= {
        }
        &'blockctl;quota;help;help'= {
        }
        &'blockctl;backend'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)'
            cand show 'One backend''s pool, by backend name or host@backend#pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;backend;list'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backend;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;backend;help'= {
            cand list 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)'
            cand show 'One backend''s pool, by backend name or host@backend#pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;backend;help;list'= {
        }
        &'blockctl;backend;help;show'= {
        }
        &'blockctl;backend;help;help'= {
        }
        &'blockctl;flow'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List journaled flows, newest first'
            cand show 'Show a flow and its tasks'
            cand recover 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;flow;list'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --unfinished 'Only flows still running, interrupted or whose revert failed'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;flow;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;flow;recover'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;flow;help'= {
            cand list 'List journaled flows, newest first'
            cand show 'Show a flow and its tasks'
            cand recover 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;flow;help;list'= {
        }
        &'blockctl;flow;help;show'= {
        }
        &'blockctl;flow;help;recover'= {
        }
        &'blockctl;flow;help;help'= {
        }
        &'blockctl;config'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the effective configuration (TOML, or JSON with -o json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;config;show'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;config;help'= {
            cand show 'Print the effective configuration (TOML, or JSON with -o json)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;config;help;show'= {
        }
        &'blockctl;config;help;help'= {
        }
        &'blockctl;doctor'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand --fix 'Make the safe repairs (recover interrupted flows, recount quotas, stop stray exports, remove stale staging files, mark volumes whose image is gone)'
            cand -y 'Do not ask for confirmation (required when not running interactively)'
            cand --yes 'Do not ask for confirmation (required when not running interactively)'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;completions'= {
            cand --config 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]'
            cand --state-dir 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]'
            cand -o 'Output format'
            cand --format 'Output format'
            cand -c 'Show only this column (repeatable)'
            cand --column 'Show only this column (repeatable)'
            cand --remote 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve'
            cand --token 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)'
            cand --remote-timeout 'Seconds to wait for a remote operation to finish'
            cand --ca-cert 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)'
            cand --os-cloud 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe'
            cand -q 'Print no status lines or progress bars'
            cand --quiet 'Print no status lines or progress bars'
            cand --no-progress 'Hide progress bars'
            cand -v 'Show the cause chain of errors and debug logs'
            cand --verbose 'Show the cause chain of errors and debug logs'
            cand --strict 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blockctl;help'= {
            cand volume 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete'
            cand snapshot 'Snapshots of volumes'
            cand backup 'Backups of volumes: create, restore, verify, export and import records'
            cand attachment 'Attachments of volumes to hosts, with their connection info'
            cand serve 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)'
            cand token 'Tokens for blockctl serve --auth token'
            cand type 'Volume types and their extra specs (what the scheduler matches)'
            cand quota 'Quota limits and usage of the project'
            cand backend 'Storage backends and their capacity'
            cand flow 'The flow journal: list, show and recover interrupted flows'
            cand config 'The effective configuration'
            cand doctor 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blockctl;help;volume'= {
            cand create 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
            cand list 'List volumes'
            cand show 'Show one volume'
            cand set 'Rename a volume or change its description'
            cand extend 'Grow a volume (volumes never shrink)'
            cand delete 'Delete volumes (with --cascade, their snapshots too)'
            cand snapshot 'Take a snapshot of a volume (same as `snapshot create`)'
            cand clone 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
            cand flatten 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)'
            cand migrate 'Move a volume to another backend, copying and verifying its data (progress bar)'
            cand retype 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
            cand attach 'Attach a volume to a host: export it and print its connection info'
            cand detach 'Detach a volume from a host (the export goes with its last attachment)'
            cand backup 'Back up a volume (same as `backup create`): progress bar, journaled'
            cand revert 'Revert a volume to its latest snapshot, discarding later changes'
        }
        &'blockctl;help;volume;create'= {
        }
        &'blockctl;help;volume;list'= {
        }
        &'blockctl;help;volume;show'= {
        }
        &'blockctl;help;volume;set'= {
        }
        &'blockctl;help;volume;extend'= {
        }
        &'blockctl;help;volume;delete'= {
        }
        &'blockctl;help;volume;snapshot'= {
        }
        &'blockctl;help;volume;clone'= {
        }
        &'blockctl;help;volume;flatten'= {
        }
        &'blockctl;help;volume;migrate'= {
        }
        &'blockctl;help;volume;retype'= {
        }
        &'blockctl;help;volume;attach'= {
        }
        &'blockctl;help;volume;detach'= {
        }
        &'blockctl;help;volume;backup'= {
        }
        &'blockctl;help;volume;revert'= {
        }
        &'blockctl;help;snapshot'= {
            cand create 'Take a snapshot of a volume (same as `volume snapshot`)'
            cand list 'List snapshots'
            cand show 'Show one snapshot'
            cand delete 'Delete snapshots (their data is merged into the images built on them)'
        }
        &'blockctl;help;snapshot;create'= {
        }
        &'blockctl;help;snapshot;list'= {
        }
        &'blockctl;help;snapshot;show'= {
        }
        &'blockctl;help;snapshot;delete'= {
        }
        &'blockctl;help;backup'= {
            cand create 'Back up a volume (same as `volume backup`): progress bar, journaled'
            cand list 'List backups'
            cand show 'Show one backup'
            cand set 'Rename a backup or change its description'
            cand delete 'Delete backups (refused while incrementals depend on one)'
            cand restore 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
            cand verify 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
            cand export-record 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue'
            cand import-record 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
        }
        &'blockctl;help;backup;create'= {
        }
        &'blockctl;help;backup;list'= {
        }
        &'blockctl;help;backup;show'= {
        }
        &'blockctl;help;backup;set'= {
        }
        &'blockctl;help;backup;delete'= {
        }
        &'blockctl;help;backup;restore'= {
        }
        &'blockctl;help;backup;verify'= {
        }
        &'blockctl;help;backup;export-record'= {
        }
        &'blockctl;help;backup;import-record'= {
        }
        &'blockctl;help;attachment'= {
            cand list 'List attachments'
            cand show 'Show one attachment, with its connection info'
            cand delete 'Detach by attachment (the volume''s export goes with its last attachment)'
        }
        &'blockctl;help;attachment;list'= {
        }
        &'blockctl;help;attachment;show'= {
        }
        &'blockctl;help;attachment;delete'= {
        }
        &'blockctl;help;serve'= {
        }
        &'blockctl;help;token'= {
            cand create 'Make a token for a project; its secret is printed once and kept only as a hash'
            cand list 'List tokens (never their secrets)'
            cand revoke 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
        }
        &'blockctl;help;token;create'= {
        }
        &'blockctl;help;token;list'= {
        }
        &'blockctl;help;token;revoke'= {
        }
        &'blockctl;help;type'= {
            cand create 'Create a volume type'
            cand list 'List volume types'
            cand show 'Show a volume type and its extra specs'
            cand set 'Set extra specs or the description'
            cand unset 'Remove extra specs'
            cand delete 'Delete a volume type no volume uses'
        }
        &'blockctl;help;type;create'= {
        }
        &'blockctl;help;type;list'= {
        }
        &'blockctl;help;type;show'= {
        }
        &'blockctl;help;type;set'= {
        }
        &'blockctl;help;type;unset'= {
        }
        &'blockctl;help;type;delete'= {
        }
        &'blockctl;help;quota'= {
            cand show 'Show limits, usage and reservations'
            cand set 'Set limits (-1 for unlimited)'
        }
        &'blockctl;help;quota;show'= {
        }
        &'blockctl;help;quota;set'= {
        }
        &'blockctl;help;backend'= {
            cand list 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)'
            cand show 'One backend''s pool, by backend name or host@backend#pool'
        }
        &'blockctl;help;backend;list'= {
        }
        &'blockctl;help;backend;show'= {
        }
        &'blockctl;help;flow'= {
            cand list 'List journaled flows, newest first'
            cand show 'Show a flow and its tasks'
            cand recover 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
        }
        &'blockctl;help;flow;list'= {
        }
        &'blockctl;help;flow;show'= {
        }
        &'blockctl;help;flow;recover'= {
        }
        &'blockctl;help;config'= {
            cand show 'Print the effective configuration (TOML, or JSON with -o json)'
        }
        &'blockctl;help;config;show'= {
        }
        &'blockctl;help;doctor'= {
        }
        &'blockctl;help;completions'= {
        }
        &'blockctl;help;help'= {
        }
    ]
    $completions[$command]
}
