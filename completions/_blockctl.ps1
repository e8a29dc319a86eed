
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'blockctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'blockctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'blockctl' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Snapshots of volumes')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of volumes: create, restore, verify, export and import records')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Attachments of volumes to hosts, with their connection info')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens for blockctl serve --auth token')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Volume types and their extra specs (what the scheduler matches)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Quota limits and usage of the project')
            [CompletionResult]::new('backend', 'backend', [CompletionResultType]::ParameterValue, 'Storage backends and their capacity')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'The flow journal: list, show and recover interrupted flows')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The effective configuration')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;volume' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volumes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one volume')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a volume or change its description')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume (volumes never shrink)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volumes (with --cascade, their snapshots too)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `snapshot create`)')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a volume to another backend, copying and verifying its data (progress bar)')
            [CompletionResult]::new('retype', 'retype', [CompletionResultType]::ParameterValue, 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a volume to a host: export it and print its connection info')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Detach a volume from a host (the export goes with its last attachment)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `backup create`): progress bar, journaled')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Revert a volume to its latest snapshot, discarding later changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;volume;create' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in GiB (e.g. 10, 10G, 1T); defaults to the source''s size')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Create from this snapshot (copy-on-write)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Create as a full copy of this volume')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The volume type (name or id; default: the configured default_volume_type)')
            [CompletionResult]::new('--availability-zone', '--availability-zone', [CompletionResultType]::ParameterName, 'Only a backend in this availability zone')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Place it on this backend (its name, or host@backend#pool); the filters still apply')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without change when a volume of this name exists')
            [CompletionResult]::new('--multiattach', '--multiattach', [CompletionResultType]::ParameterName, 'Let several hosts attach the volume at once')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Admin: set the status in the catalogue, whatever the backend holds (Cinder''s reset-state), e.g. to take a volume out of a status an outside problem left it in')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;extend' {
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'The new size, in GiB (e.g. 20, 20G, 1T)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Delete the volumes'' snapshots too')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Succeed without change for volumes that do not exist')
            [CompletionResult]::new('--flatten-dependents', '--flatten-dependents', [CompletionResultType]::ParameterName, 'First flatten the clones of the volumes'' snapshots (progress bar), so they survive')
            [CompletionResult]::new('--defer', '--defer', [CompletionResultType]::ParameterName, 'If clones depend on the snapshots, hide the volume now and delete it when the last clone is flattened or deleted (RBD: the image waits in the trash)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;snapshot' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The snapshot''s name (unique per volume)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without change when the volume has a snapshot of this name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;clone' {
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Clone this snapshot (copy-on-write)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Clone this volume (full copy)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new volume''s name')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Size in GiB; defaults to the source''s size')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'if-not-exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;flatten' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;migrate' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The destination: a backend''s name or host@backend#pool')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;retype' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The new volume type (name or id)')
            [CompletionResult]::new('--migration-policy', '--migration-policy', [CompletionResultType]::ParameterName, 'migration-policy')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;attach' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The host to attach to')
            [CompletionResult]::new('--initiator', '--initiator', [CompletionResultType]::ParameterName, 'The host''s iSCSI initiator name (needed by iSCSI exports)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The host''s IP address')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'The host''s whole connector, as os-brick builds it (JSON)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The instance (server) the volume is for')
            [CompletionResult]::new('--mountpoint', '--mountpoint', [CompletionResultType]::ParameterName, 'The device the host will see, e.g. /dev/vdb')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Read-write or read-only')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Build the connector for this host (name, IP, /etc/iscsi/initiatorname.iscsi)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show CHAP passwords and keys in table output (JSON always has them)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;detach' {
            [CompletionResult]::new('--attachment', '--attachment', [CompletionResultType]::ParameterName, 'The attachment to remove (needed when the volume has several)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The host whose attachment to remove')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Detach even a half-attached volume, disconnecting hosts still logged in (admin)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;backup' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The backup''s name [default: VOLUME-<UTC time>]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--incremental', '--incremental', [CompletionResultType]::ParameterName, 'Store only the chunks changed since the volume''s newest available backup')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Back up an attached (in-use) volume, where the backend can read it consistently')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without change when the volume has an available backup of this --name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;revert' {
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'The snapshot (must be the volume''s latest)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;volume;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volumes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one volume')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a volume or change its description')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume (volumes never shrink)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volumes (with --cascade, their snapshots too)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `snapshot create`)')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a volume to another backend, copying and verifying its data (progress bar)')
            [CompletionResult]::new('retype', 'retype', [CompletionResultType]::ParameterValue, 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a volume to a host: export it and print its connection info')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Detach a volume from a host (the export goes with its last attachment)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `backup create`): progress bar, journaled')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Revert a volume to its latest snapshot, discarding later changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;volume;help;create' {
            break
        }
        'blockctl;volume;help;list' {
            break
        }
        'blockctl;volume;help;show' {
            break
        }
        'blockctl;volume;help;set' {
            break
        }
        'blockctl;volume;help;extend' {
            break
        }
        'blockctl;volume;help;delete' {
            break
        }
        'blockctl;volume;help;snapshot' {
            break
        }
        'blockctl;volume;help;clone' {
            break
        }
        'blockctl;volume;help;flatten' {
            break
        }
        'blockctl;volume;help;migrate' {
            break
        }
        'blockctl;volume;help;retype' {
            break
        }
        'blockctl;volume;help;attach' {
            break
        }
        'blockctl;volume;help;detach' {
            break
        }
        'blockctl;volume;help;backup' {
            break
        }
        'blockctl;volume;help;revert' {
            break
        }
        'blockctl;volume;help;help' {
            break
        }
        'blockctl;snapshot' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `volume snapshot`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots (their data is merged into the images built on them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;snapshot;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The snapshot''s name (unique per volume)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without change when the volume has a snapshot of this name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;snapshot;list' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Only this volume''s snapshots')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;snapshot;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;snapshot;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Succeed without change for snapshots that do not exist')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;snapshot;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `volume snapshot`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots (their data is merged into the images built on them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;snapshot;help;create' {
            break
        }
        'blockctl;snapshot;help;list' {
            break
        }
        'blockctl;snapshot;help;show' {
            break
        }
        'blockctl;snapshot;help;delete' {
            break
        }
        'blockctl;snapshot;help;help' {
            break
        }
        'blockctl;backup' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `volume backup`): progress bar, journaled')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List backups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one backup')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a backup or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete backups (refused while incrementals depend on one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every chunk of a backup (present, intact, matching its hash) without restoring')
            [CompletionResult]::new('export-record', 'export-record', [CompletionResultType]::ParameterValue, 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue')
            [CompletionResult]::new('import-record', 'import-record', [CompletionResultType]::ParameterValue, 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;backup;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The backup''s name [default: VOLUME-<UTC time>]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--incremental', '--incremental', [CompletionResultType]::ParameterName, 'Store only the chunks changed since the volume''s newest available backup')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Back up an attached (in-use) volume, where the backend can read it consistently')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without change when the volume has an available backup of this --name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;list' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Only this volume''s backups')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Succeed without change for backups that do not exist')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;restore' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Overwrite this volume (it must be available and large enough)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new volume''s name [default: restore-BACKUP]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;verify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;export-record' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;import-record' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backup;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `volume backup`): progress bar, journaled')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List backups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one backup')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a backup or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete backups (refused while incrementals depend on one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every chunk of a backup (present, intact, matching its hash) without restoring')
            [CompletionResult]::new('export-record', 'export-record', [CompletionResultType]::ParameterValue, 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue')
            [CompletionResult]::new('import-record', 'import-record', [CompletionResultType]::ParameterValue, 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;backup;help;create' {
            break
        }
        'blockctl;backup;help;list' {
            break
        }
        'blockctl;backup;help;show' {
            break
        }
        'blockctl;backup;help;set' {
            break
        }
        'blockctl;backup;help;delete' {
            break
        }
        'blockctl;backup;help;restore' {
            break
        }
        'blockctl;backup;help;verify' {
            break
        }
        'blockctl;backup;help;export-record' {
            break
        }
        'blockctl;backup;help;import-record' {
            break
        }
        'blockctl;backup;help;help' {
            break
        }
        'blockctl;attachment' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List attachments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one attachment, with its connection info')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Detach by attachment (the volume''s export goes with its last attachment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;attachment;list' {
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Only this volume''s attachments')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;attachment;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show CHAP passwords and keys in table output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;attachment;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete even a half-attached attachment, disconnecting hosts still logged in')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;attachment;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List attachments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one attachment, with its connection info')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Detach by attachment (the volume''s export goes with its last attachment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;attachment;help;list' {
            break
        }
        'blockctl;attachment;help;show' {
            break
        }
        'blockctl;attachment;help;delete' {
            break
        }
        'blockctl;attachment;help;help' {
            break
        }
        'blockctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0: any free port, printed on stderr)')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'How callers authenticate')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this PEM certificate (chain)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The PEM private key of --tls-cert')
            [CompletionResult]::new('--keystone-url', '--keystone-url', [CompletionResultType]::ParameterName, 'Keystone''s identity endpoint, where --auth keystone checks tokens')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Allow --auth noauth on an address other hosts can reach')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;token' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token for a project; its secret is printed once and kept only as a hash')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;token;create' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'project')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;token;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;token;revoke' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token for a project; its secret is printed once and kept only as a hash')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;token;help;create' {
            break
        }
        'blockctl;token;help;list' {
            break
        }
        'blockctl;token;help;revoke' {
            break
        }
        'blockctl;token;help;help' {
            break
        }
        'blockctl;type' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a volume type and its extra specs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs or the description')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume type no volume uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;type;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'An extra spec, e.g. volume_backend_name=ceph or capabilities:thin_provisioning_support=''<is> True'' (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Visible to other projects (the default; --private hides it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;set' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'property')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;unset' {
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'property')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;type;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a volume type and its extra specs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs or the description')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume type no volume uses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;type;help;create' {
            break
        }
        'blockctl;type;help;list' {
            break
        }
        'blockctl;type;help;show' {
            break
        }
        'blockctl;type;help;set' {
            break
        }
        'blockctl;type;help;unset' {
            break
        }
        'blockctl;type;help;delete' {
            break
        }
        'blockctl;type;help;help' {
            break
        }
        'blockctl;quota' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show limits, usage and reservations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set limits (-1 for unlimited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;quota;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;quota;set' {
            [CompletionResult]::new('--volumes', '--volumes', [CompletionResultType]::ParameterName, 'volumes')
            [CompletionResult]::new('--snapshots', '--snapshots', [CompletionResultType]::ParameterName, 'snapshots')
            [CompletionResult]::new('--gigabytes', '--gigabytes', [CompletionResultType]::ParameterName, 'gigabytes')
            [CompletionResult]::new('--backups', '--backups', [CompletionResultType]::ParameterName, 'backups')
            [CompletionResult]::new('--backup-gigabytes', '--backup-gigabytes', [CompletionResultType]::ParameterName, 'backup-gigabytes')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;quota;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show limits, usage and reservations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set limits (-1 for unlimited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;quota;help;show' {
            break
        }
        'blockctl;quota;help;set' {
            break
        }
        'blockctl;quota;help;help' {
            break
        }
        'blockctl;backend' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One backend''s pool, by backend name or host@backend#pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;backend;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backend;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;backend;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One backend''s pool, by backend name or host@backend#pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;backend;help;list' {
            break
        }
        'blockctl;backend;help;show' {
            break
        }
        'blockctl;backend;help;help' {
            break
        }
        'blockctl;flow' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journaled flows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a flow and its tasks')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;flow;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--unfinished', '--unfinished', [CompletionResultType]::ParameterName, 'Only flows still running, interrupted or whose revert failed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;flow;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;flow;recover' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;flow;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journaled flows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a flow and its tasks')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;flow;help;list' {
            break
        }
        'blockctl;flow;help;show' {
            break
        }
        'blockctl;flow;help;recover' {
            break
        }
        'blockctl;flow;help;help' {
            break
        }
        'blockctl;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (TOML, or JSON with -o json)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (TOML, or JSON with -o json)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;config;help;show' {
            break
        }
        'blockctl;config;help;help' {
            break
        }
        'blockctl;doctor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Make the safe repairs (recover interrupted flows, recount quotas, stop stray exports, remove stale staging files, mark volumes whose image is gone)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: first of ~/.config/blockctl/blockctl.toml, /etc/blockctl/blockctl.toml, else built-in defaults]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Directory of the catalogue, locks and default volume images [default: $XDG_DATA_HOME/blockctl]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'Show only this column (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead of the local catalogue: a real Cinder or blockctl serve')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)')
            [CompletionResult]::new('--remote-timeout', '--remote-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote operation to finish')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust these PEM certificates for an https --remote (e.g. a self-signed server''s)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Work against this cloud of clouds.yaml instead of the local catalogue (Keystone finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress bars')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Hide progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show the cause chain of errors and debug logs')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'For cron and scripts: no progress bars, and exit 8 when any warning was printed (the command itself still completes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blockctl;help' {
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup, delete')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Snapshots of volumes')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of volumes: create, restore, verify, export and import records')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Attachments of volumes to hosts, with their connection info')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens for blockctl serve --auth token')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Volume types and their extra specs (what the scheduler matches)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Quota limits and usage of the project')
            [CompletionResult]::new('backend', 'backend', [CompletionResultType]::ParameterValue, 'Storage backends and their capacity')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'The flow journal: list, show and recover interrupted flows')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The effective configuration')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Compare the catalogue with the backend, exports, quotas, journal and tools; --fix repairs what is safe (exit 5 while problems are left)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blockctl;help;volume' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volumes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one volume')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a volume or change its description')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Grow a volume (volumes never shrink)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volumes (with --cascade, their snapshots too)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `snapshot create`)')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a volume from a snapshot (copy-on-write) or from a volume (full copy)')
            [CompletionResult]::new('flatten', 'flatten', [CompletionResultType]::ParameterValue, 'Copy a clone''s shared data so it no longer depends on its snapshot (progress bar)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move a volume to another backend, copying and verifying its data (progress bar)')
            [CompletionResult]::new('retype', 'retype', [CompletionResultType]::ParameterValue, 'Give a volume another type; with --migration-policy on-demand it moves when its backend does not suit the type')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach a volume to a host: export it and print its connection info')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Detach a volume from a host (the export goes with its last attachment)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `backup create`): progress bar, journaled')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Revert a volume to its latest snapshot, discarding later changes')
            break
        }
        'blockctl;help;volume;create' {
            break
        }
        'blockctl;help;volume;list' {
            break
        }
        'blockctl;help;volume;show' {
            break
        }
        'blockctl;help;volume;set' {
            break
        }
        'blockctl;help;volume;extend' {
            break
        }
        'blockctl;help;volume;delete' {
            break
        }
        'blockctl;help;volume;snapshot' {
            break
        }
        'blockctl;help;volume;clone' {
            break
        }
        'blockctl;help;volume;flatten' {
            break
        }
        'blockctl;help;volume;migrate' {
            break
        }
        'blockctl;help;volume;retype' {
            break
        }
        'blockctl;help;volume;attach' {
            break
        }
        'blockctl;help;volume;detach' {
            break
        }
        'blockctl;help;volume;backup' {
            break
        }
        'blockctl;help;volume;revert' {
            break
        }
        'blockctl;help;snapshot' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Take a snapshot of a volume (same as `volume snapshot`)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one snapshot')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots (their data is merged into the images built on them)')
            break
        }
        'blockctl;help;snapshot;create' {
            break
        }
        'blockctl;help;snapshot;list' {
            break
        }
        'blockctl;help;snapshot;show' {
            break
        }
        'blockctl;help;snapshot;delete' {
            break
        }
        'blockctl;help;backup' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Back up a volume (same as `volume backup`): progress bar, journaled')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List backups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one backup')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a backup or change its description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete backups (refused while incrementals depend on one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a backup into a new volume, or over an existing one (--volume, with --yes)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every chunk of a backup (present, intact, matching its hash) without restoring')
            [CompletionResult]::new('export-record', 'export-record', [CompletionResultType]::ParameterValue, 'Print a backup''s record, for `import-record` into another (or a rebuilt) catalogue')
            [CompletionResult]::new('import-record', 'import-record', [CompletionResultType]::ParameterValue, 'Add a backup to the catalogue from its exported record (FILE, or - for stdin)')
            break
        }
        'blockctl;help;backup;create' {
            break
        }
        'blockctl;help;backup;list' {
            break
        }
        'blockctl;help;backup;show' {
            break
        }
        'blockctl;help;backup;set' {
            break
        }
        'blockctl;help;backup;delete' {
            break
        }
        'blockctl;help;backup;restore' {
            break
        }
        'blockctl;help;backup;verify' {
            break
        }
        'blockctl;help;backup;export-record' {
            break
        }
        'blockctl;help;backup;import-record' {
            break
        }
        'blockctl;help;attachment' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List attachments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one attachment, with its connection info')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Detach by attachment (the volume''s export goes with its last attachment)')
            break
        }
        'blockctl;help;attachment;list' {
            break
        }
        'blockctl;help;attachment;show' {
            break
        }
        'blockctl;help;attachment;delete' {
            break
        }
        'blockctl;help;serve' {
            break
        }
        'blockctl;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a token for a project; its secret is printed once and kept only as a hash')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tokens (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token (id or unique id prefix): the server refuses it within 5 seconds')
            break
        }
        'blockctl;help;token;create' {
            break
        }
        'blockctl;help;token;list' {
            break
        }
        'blockctl;help;token;revoke' {
            break
        }
        'blockctl;help;type' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a volume type and its extra specs')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs or the description')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a volume type no volume uses')
            break
        }
        'blockctl;help;type;create' {
            break
        }
        'blockctl;help;type;list' {
            break
        }
        'blockctl;help;type;show' {
            break
        }
        'blockctl;help;type;set' {
            break
        }
        'blockctl;help;type;unset' {
            break
        }
        'blockctl;help;type;delete' {
            break
        }
        'blockctl;help;quota' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show limits, usage and reservations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set limits (-1 for unlimited)')
            break
        }
        'blockctl;help;quota;show' {
            break
        }
        'blockctl;help;quota;set' {
            break
        }
        'blockctl;help;backend' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every enabled backend''s pool: capacity, provisioning, volumes, reachable or not (as Cinder''s get-pools --detail)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One backend''s pool, by backend name or host@backend#pool')
            break
        }
        'blockctl;help;backend;list' {
            break
        }
        'blockctl;help;backend;show' {
            break
        }
        'blockctl;help;flow' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List journaled flows, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a flow and its tasks')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Finish interrupted flows: revert them, or resume them where every remaining task is idempotent')
            break
        }
        'blockctl;help;flow;list' {
            break
        }
        'blockctl;help;flow;show' {
            break
        }
        'blockctl;help;flow;recover' {
            break
        }
        'blockctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration (TOML, or JSON with -o json)')
            break
        }
        'blockctl;help;config;show' {
            break
        }
        'blockctl;help;doctor' {
            break
        }
        'blockctl;help;completions' {
            break
        }
        'blockctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
