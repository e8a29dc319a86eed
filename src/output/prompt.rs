//! Confirmations for destructive verbs: dialoguer on a TTY, never a prompt off one.

use std::io::IsTerminal;

use crate::error::{Error, Result};

/// Asks `question` when stdin and stderr are terminals; off a terminal, refuses with a
/// usage error telling the caller to pass `--yes` (never waits on stdin).
pub fn confirm(question: &str, details: &[String]) -> Result<bool> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage(format!(
            "{} needs confirmation: pass --yes when not running interactively",
            question.trim_end_matches('?')
        ))
        .into());
    }
    let mut prompt = question.to_owned();
    for line in details {
        prompt.push_str("\n  ");
        prompt.push_str(line);
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .interact()?)
}
