//! Confirmations for destructive verbs and the choice of a resource a verb was not given:
//! dialoguer on a TTY, never a prompt off one.

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

/// Lets the operator choose one of `choices` — (value, label) — with a fuzzy filter, when
/// stdin and stderr are terminals; off a terminal, refuses with a usage error naming what
/// is missing (never waits on stdin).
pub fn select(what: &str, choices: &[(String, String)]) -> Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage(format!("name the {what} (its name or id)")).into());
    }
    if choices.is_empty() {
        return Err(Error::not_found(format!("there is no {what} to choose")).into());
    }
    let labels: Vec<&String> = choices.iter().map(|(_, label)| label).collect();
    let picked = dialoguer::FuzzySelect::new()
        .with_prompt(format!("Which {what}? (type to filter, Esc to cancel)"))
        .items(&labels)
        .default(0)
        .interact_opt()?;
    match picked {
        Some(index) => Ok(choices[index].0.clone()),
        None => Err(Error::usage("nothing chosen; nothing changed").into()),
    }
}
