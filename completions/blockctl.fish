# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_blockctl_global_optspecs
    string join \n config= state-dir= o/format= c/column= q/quiet no-progress v/verbose strict remote= token= remote-timeout= ca-cert= os-cloud= h/help V/version
end

function __fish_blockctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_blockctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_blockctl_using_subcommand
    set -l cmd (__fish_blockctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c blockctl -n "__fish_blockctl_needs_command" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_needs_command" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_needs_command" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_needs_command" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_needs_command" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_needs_command" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_needs_command" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_needs_command" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_needs_command" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_needs_command" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_needs_command" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_needs_command" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_needs_command" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_needs_command" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "volume" -d 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "snapshot" -d 'Snapshots of volumes'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "backup" -d 'Backups of volumes: create, restore, verify, export and import records'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "attachment" -d 'Attachments of volumes to hosts, with their connection info'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "serve" -d 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "token" -d 'Tokens for blockctl serve --auth token'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "type" -d 'Volume types and their extra specs (what the scheduler matches)'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "quota" -d 'Quota limits and usage of the project'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "backend" -d 'Storage backends and their capacity'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "flow" -d 'The flow journal: list, show and recover interrupted flows'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "config" -d 'The effective configuration'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "doctor" -d 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c blockctl -n "__fish_blockctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "create" -d 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "list" -d 'List volumes'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "show" -d 'Show one volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "set" -d 'Rename a volume or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "extend" -d 'Grow a volume (volumes never shrink)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "delete" -d 'Delete volumes (with --cascade, their snapshots too)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "snapshot" -d 'Take a snapshot of a volume (same as `snapshot create`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "clone" -d 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "flatten" -d 'Copy a clone\'s shared data so it no longer depends on its snapshot (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "migrate" -d 'Move a volume to another backend, copying and verifying its data (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "retype" -d 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "attach" -d 'Attach a volume to a host: export it and print its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "detach" -d 'Detach a volume from a host (the export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "backup" -d 'Back up a volume (same as `backup create`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "revert" -d 'Revert a volume to its latest snapshot, discarding later changes'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and not __fish_seen_subcommand_from create list show set extend delete snapshot clone flatten migrate retype attach detach backup revert help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l size -d 'Size in GiB (e.g. 10, 10G, 1T); defaults to the source\'s size' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l snapshot -d 'Create from this snapshot (copy-on-write)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l source -d 'Create as a full copy of this volume' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l type -d 'The volume type (name or id; default: the configured default_volume_type)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l availability-zone -d 'Only a backend in this availability zone' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l backend -d 'Place it on this backend (its name, or host@backend#pool); the filters still apply' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without change when a volume of this name exists'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l multiattach -d 'Let several hosts attach the volume at once'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l name -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l state -d 'Admin: set the status in the catalogue, whatever the backend holds (Cinder\'s reset-state), e.g. to take a volume out of a status an outside problem left it in' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l size -d 'The new size, in GiB (e.g. 20, 20G, 1T)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from extend" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l cascade -d 'Delete the volumes\' snapshots too'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l ignore-missing -d 'Succeed without change for volumes that do not exist'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l flatten-dependents -d 'First flatten the clones of the volumes\' snapshots (progress bar), so they survive'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l defer -d 'If clones depend on the snapshots, hide the volume now and delete it when the last clone is flattened or deleted (RBD: the image waits in the trash)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l name -d 'The snapshot\'s name (unique per volume)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l if-not-exists -d 'Succeed without change when the volume has a snapshot of this name'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from snapshot" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l snapshot -d 'Clone this snapshot (copy-on-write)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l source -d 'Clone this volume (full copy)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l name -d 'The new volume\'s name' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l size -d 'Size in GiB; defaults to the source\'s size' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l if-not-exists
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from clone" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from flatten" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l backend -d 'The destination: a backend\'s name or host@backend#pool' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l type -d 'The new volume type (name or id)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l migration-policy -r -f -a "never\t''
on-demand\t''"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from retype" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l host -d 'The host to attach to' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l initiator -d 'The host\'s iSCSI initiator name (needed by iSCSI exports)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l ip -d 'The host\'s IP address' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l connector -d 'The host\'s whole connector, as os-brick builds it (JSON)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l instance -d 'The instance (server) the volume is for' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l mountpoint -d 'The device the host will see, e.g. /dev/vdb' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l mode -d 'Read-write or read-only' -r -f -a "rw\t''
ro\t''"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l local -d 'Build the connector for this host (name, IP, /etc/iscsi/initiatorname.iscsi)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l show-secrets -d 'Show CHAP passwords and keys in table output (JSON always has them)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l attachment -d 'The attachment to remove (needed when the volume has several)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l host -d 'The host whose attachment to remove' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l force -d 'Detach even a half-attached volume, disconnecting hosts still logged in (admin)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l name -d 'The backup\'s name [default: VOLUME-<UTC time>]' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l incremental -d 'Store only the chunks changed since the volume\'s newest available backup'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l force -d 'Back up an attached (in-use) volume, where the backend can read it consistently'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l if-not-exists -d 'Succeed without change when the volume has an available backup of this --name'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l snapshot -d 'The snapshot (must be the volume\'s latest)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from revert" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volumes'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "set" -d 'Rename a volume or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "extend" -d 'Grow a volume (volumes never shrink)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volumes (with --cascade, their snapshots too)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Take a snapshot of a volume (same as `snapshot create`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "clone" -d 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "flatten" -d 'Copy a clone\'s shared data so it no longer depends on its snapshot (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move a volume to another backend, copying and verifying its data (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "retype" -d 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach a volume to a host: export it and print its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Detach a volume from a host (the export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Back up a volume (same as `backup create`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "revert" -d 'Revert a volume to its latest snapshot, discarding later changes'
complete -c blockctl -n "__fish_blockctl_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -f -a "create" -d 'Take a snapshot of a volume (same as `volume snapshot`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -f -a "list" -d 'List snapshots'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -f -a "show" -d 'Show one snapshot'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -f -a "delete" -d 'Delete snapshots (their data is merged into the images built on them)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and not __fish_seen_subcommand_from create list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l name -d 'The snapshot\'s name (unique per volume)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without change when the volume has a snapshot of this name'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l volume -d 'Only this volume\'s snapshots' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l ignore-missing -d 'Succeed without change for snapshots that do not exist'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "create" -d 'Take a snapshot of a volume (same as `volume snapshot`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "list" -d 'List snapshots'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one snapshot'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete snapshots (their data is merged into the images built on them)'
complete -c blockctl -n "__fish_blockctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "create" -d 'Back up a volume (same as `volume backup`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "list" -d 'List backups'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "show" -d 'Show one backup'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "set" -d 'Rename a backup or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "delete" -d 'Delete backups (refused while incrementals depend on one)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "restore" -d 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "verify" -d 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "export-record" -d 'Print a backup\'s record, for `import-record` into another (or a rebuilt) catalogue'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "import-record" -d 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and not __fish_seen_subcommand_from create list show set delete restore verify export-record import-record help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l name -d 'The backup\'s name [default: VOLUME-<UTC time>]' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l incremental -d 'Store only the chunks changed since the volume\'s newest available backup'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l force -d 'Back up an attached (in-use) volume, where the backend can read it consistently'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without change when the volume has an available backup of this --name'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l volume -d 'Only this volume\'s backups' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l name -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l ignore-missing -d 'Succeed without change for backups that do not exist'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l volume -d 'Overwrite this volume (it must be available and large enough)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l name -d 'The new volume\'s name [default: restore-BACKUP]' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from export-record" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from import-record" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "create" -d 'Back up a volume (same as `volume backup`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List backups'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one backup'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "set" -d 'Rename a backup or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete backups (refused while incrementals depend on one)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "export-record" -d 'Print a backup\'s record, for `import-record` into another (or a rebuilt) catalogue'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "import-record" -d 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -f -a "list" -d 'List attachments'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -f -a "show" -d 'Show one attachment, with its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -f -a "delete" -d 'Detach by attachment (the volume\'s export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and not __fish_seen_subcommand_from list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l volume -d 'Only this volume\'s attachments' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l show-secrets -d 'Show CHAP passwords and keys in table output'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l force -d 'Delete even a half-attached attachment, disconnecting hosts still logged in'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List attachments'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one attachment, with its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Detach by attachment (the volume\'s export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l listen -d 'Address and port to listen on (port 0: any free port, printed on stderr)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l auth -d 'How callers authenticate' -r -f -a "noauth\t'`X-Auth-Token: user:project`, trusted (loopback only unless --insecure)'
token\t'Tokens from `blockctl token create`, with a project and a role'
keystone\t'Tokens Keystone issued, checked with Keystone (--keystone-url); its `admin` role makes an admin'"
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this PEM certificate (chain)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l tls-key -d 'The PEM private key of --tls-cert' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l keystone-url -d 'Keystone\'s identity endpoint, where --auth keystone checks tokens' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l insecure -d 'Allow --auth noauth on an address other hosts can reach'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Make a token for a project; its secret is printed once and kept only as a hash'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List tokens (never their secrets)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l project -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l role -r -f -a "admin\t'May reset statuses, force deletes, set quotas and manage volume types'
member\t'Works with its project\'s volumes, snapshots and backups'"
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a token for a project; its secret is printed once and kept only as a hash'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tokens (never their secrets)'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
complete -c blockctl -n "__fish_blockctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "create" -d 'Create a volume type'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "list" -d 'List volume types'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "show" -d 'Show a volume type and its extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "set" -d 'Set extra specs or the description'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "unset" -d 'Remove extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "delete" -d 'Delete a volume type no volume uses'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and not __fish_seen_subcommand_from create list show set unset delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l property -d 'An extra spec, e.g. volume_backend_name=ceph or capabilities:thin_provisioning_support=\'<is> True\' (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l private -d 'Visible to other projects (the default; --private hides it)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l description -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l property -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l property -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume type'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volume types'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a volume type and its extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set extra specs or the description'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a volume type no volume uses'
complete -c blockctl -n "__fish_blockctl_using_subcommand type; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show limits, usage and reservations'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Set limits (-1 for unlimited)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l volumes -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l snapshots -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l gigabytes -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l backups -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l backup-gigabytes -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show limits, usage and reservations'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set limits (-1 for unlimited)'
complete -c blockctl -n "__fish_blockctl_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Every enabled backend\'s pool: capacity, provisioning, volumes, reachable or not (as Cinder\'s get-pools --detail)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One backend\'s pool, by backend name or host@backend#pool'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every enabled backend\'s pool: capacity, provisioning, volumes, reachable or not (as Cinder\'s get-pools --detail)'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from help" -f -a "show" -d 'One backend\'s pool, by backend name or host@backend#pool'
complete -c blockctl -n "__fish_blockctl_using_subcommand backend; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -f -a "list" -d 'List journaled flows, newest first'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -f -a "show" -d 'Show a flow and its tasks'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -f -a "recover" -d 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and not __fish_seen_subcommand_from list show recover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l unfinished -d 'Only flows still running, interrupted or whose revert failed'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from recover" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "list" -d 'List journaled flows, newest first'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a flow and its tasks'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "recover" -d 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
complete -c blockctl -n "__fish_blockctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print the effective configuration (TOML, or JSON with -o json)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration (TOML, or JSON with -o json)'
complete -c blockctl -n "__fish_blockctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l fix -d 'Make the safe repairs (recover interrupted flows, recount quotas, stop stray exports, remove stale staging files, mark volumes whose image is gone)'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s y -l yes -d 'Do not ask for confirmation (required when not running interactively)'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l config -d 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l state-dir -d 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s o -l format -d 'Output format' -r -f -a "table\t'A table for people (the default)'
json\t'Stable JSON for scripts (docs/json.md)'
value\t'Bare values, one per line (lists: one row per line, space-separated)'
libvirt\t'The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`)'"
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s c -l column -d 'Show only this column (repeatable)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l remote -d 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l token -d 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l remote-timeout -d 'Seconds to wait for a remote operation to finish' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l ca-cert -d 'Trust these PEM certificates for an https --remote (e.g. a self-signed server\'s)' -r -F
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l os-cloud -d 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe' -r
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s q -l quiet -d 'Print no status lines or progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l no-progress -d 'Hide progress bars'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s v -l verbose -d 'Show the cause chain of errors and debug logs'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -l strict -d 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blockctl -n "__fish_blockctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "volume" -d 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "snapshot" -d 'Snapshots of volumes'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "backup" -d 'Backups of volumes: create, restore, verify, export and import records'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "attachment" -d 'Attachments of volumes to hosts, with their connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "serve" -d 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "token" -d 'Tokens for blockctl serve --auth token'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "type" -d 'Volume types and their extra specs (what the scheduler matches)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "quota" -d 'Quota limits and usage of the project'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "backend" -d 'Storage backends and their capacity'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "flow" -d 'The flow journal: list, show and recover interrupted flows'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "config" -d 'The effective configuration'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "doctor" -d 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and not __fish_seen_subcommand_from volume snapshot backup attachment serve token type quota backend flow config doctor completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "list" -d 'List volumes'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "show" -d 'Show one volume'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "set" -d 'Rename a volume or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "extend" -d 'Grow a volume (volumes never shrink)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "delete" -d 'Delete volumes (with --cascade, their snapshots too)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "snapshot" -d 'Take a snapshot of a volume (same as `snapshot create`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "clone" -d 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "flatten" -d 'Copy a clone\'s shared data so it no longer depends on its snapshot (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "migrate" -d 'Move a volume to another backend, copying and verifying its data (progress bar)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "retype" -d 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "attach" -d 'Attach a volume to a host: export it and print its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "detach" -d 'Detach a volume from a host (the export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "backup" -d 'Back up a volume (same as `backup create`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "revert" -d 'Revert a volume to its latest snapshot, discarding later changes'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "create" -d 'Take a snapshot of a volume (same as `volume snapshot`)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "list" -d 'List snapshots'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "show" -d 'Show one snapshot'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "delete" -d 'Delete snapshots (their data is merged into the images built on them)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Back up a volume (same as `volume backup`): progress bar, journaled'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List backups'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "show" -d 'Show one backup'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "set" -d 'Rename a backup or change its description'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "delete" -d 'Delete backups (refused while incrementals depend on one)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "restore" -d 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "verify" -d 'Check every chunk of a backup (present, intact, matching its hash) without restoring'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "export-record" -d 'Print a backup\'s record, for `import-record` into another (or a rebuilt) catalogue'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "import-record" -d 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "list" -d 'List attachments'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "show" -d 'Show one attachment, with its connection info'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "delete" -d 'Detach by attachment (the volume\'s export goes with its last attachment)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Make a token for a project; its secret is printed once and kept only as a hash'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List tokens (never their secrets)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "create" -d 'Create a volume type'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "list" -d 'List volume types'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "show" -d 'Show a volume type and its extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "set" -d 'Set extra specs or the description'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "unset" -d 'Remove extra specs'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from type" -f -a "delete" -d 'Delete a volume type no volume uses'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "show" -d 'Show limits, usage and reservations'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "set" -d 'Set limits (-1 for unlimited)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backend" -f -a "list" -d 'Every enabled backend\'s pool: capacity, provisioning, volumes, reachable or not (as Cinder\'s get-pools --detail)'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from backend" -f -a "show" -d 'One backend\'s pool, by backend name or host@backend#pool'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "list" -d 'List journaled flows, newest first'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "show" -d 'Show a flow and its tasks'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "recover" -d 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent'
complete -c blockctl -n "__fish_blockctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration (TOML, or JSON with -o json)'
