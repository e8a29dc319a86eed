//! Extra-spec requirements as Cinder's capabilities filter reads them: `<is> True`,
//! `<in> word`, `<or> a <or> b`, numeric `=` (at least), `==`, `!=`, `>=`, `<=`, string
//! `s==`, `s!=`, `s<`, `s<=`, `s>`, `s>=`, or a plain string that must be equal.

use crate::error::{Error, Result};

const NUMERIC: &[&str] = &["=", "==", "!=", ">=", "<="];
const STRING: &[&str] = &["s==", "s!=", "s<", "s<=", "s>", "s>="];

/// Whether the capability value `value` (as text) satisfies the requirement `requirement`.
pub fn matches(value: &str, requirement: &str) -> bool {
    let mut words = requirement.split_whitespace();
    let Some(op) = words.next() else {
        return value == requirement;
    };
    let operand = words.next();
    match op {
        "<or>" => requirement
            .split("<or>")
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .any(|w| w == value),
        "<is>" => operand
            .and_then(parse_bool)
            .is_some_and(|wanted| parse_bool(value) == Some(wanted)),
        "<in>" => operand.is_some_and(|w| value.contains(w)),
        _ if NUMERIC.contains(&op) => {
            let (Some(have), Some(want)) = (
                value.trim().parse::<f64>().ok(),
                operand.and_then(|w| w.parse::<f64>().ok()),
            ) else {
                return false;
            };
            match op {
                "=" | ">=" => have >= want,
                "==" => have == want,
                "!=" => have != want,
                _ => have <= want,
            }
        }
        _ if STRING.contains(&op) => operand.is_some_and(|want| match op {
            "s==" => value == want,
            "s!=" => value != want,
            "s<" => value < want,
            "s<=" => value <= want,
            "s>" => value > want,
            _ => value >= want,
        }),
        _ => value == requirement,
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "t" | "yes" | "y" | "on" | "1" => Some(true),
        "false" | "f" | "no" | "n" | "off" | "0" => Some(false),
        _ => None,
    }
}

/// Refuses a requirement whose operator lacks its operand or is malformed, so a typo
/// surfaces at `type set` rather than as "no valid backend" at every create.
pub fn validate(key: &str, requirement: &str) -> Result<()> {
    let bad = |why: &str| -> Result<()> {
        Err(Error::usage(format!("extra spec {key}='{requirement}': {why}")).into())
    };
    if key.is_empty() || key.contains(char::is_whitespace) {
        return bad("the key must be non-empty and without spaces");
    }
    let mut words = requirement.split_whitespace();
    let op = words.next().unwrap_or("");
    let operand = words.next();
    match op {
        "<is>" if operand.and_then(parse_bool).is_none() => bad("<is> needs True or False"),
        "<in>" if operand.is_none() => bad("<in> needs a word"),
        "<or>" if operand.is_none() => bad("<or> needs values: <or> a <or> b"),
        _ if NUMERIC.contains(&op) && operand.and_then(|w| w.parse::<f64>().ok()).is_none() => {
            bad(&format!("{op} needs a number"))
        }
        _ if STRING.contains(&op) && operand.is_none() => bad(&format!("{op} needs a value")),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_match_as_cinders_capabilities_filter() {
        assert!(matches("True", "<is> True"));
        assert!(matches("true", "<is> True"));
        assert!(!matches("False", "<is> True"));
        assert!(matches("lvm", "<in> lv"));
        assert!(!matches("rbd", "<in> lv"));
        assert!(matches("rbd", "<or> lvm <or> rbd"));
        assert!(!matches("file", "<or> lvm <or> rbd"));
        assert!(matches("100.5", ">= 100"));
        assert!(!matches("99", ">= 100"));
        assert!(matches("100", "= 50"));
        assert!(matches("3", "== 3"));
        assert!(matches("3", "<= 3.5"));
        assert!(!matches("abc", ">= 1"));
        assert!(matches("b", "s> a"));
        assert!(matches("ceph", "ceph"));
        assert!(!matches("ceph", "file"));
    }

    #[test]
    fn malformed_requirements_are_refused() {
        assert!(validate("capabilities:x", "<is> maybe").is_err());
        assert!(validate("capabilities:x", ">= lots").is_err());
        assert!(validate("capabilities:x", "<in>").is_err());
        assert!(validate("bad key", "x").is_err());
        validate("volume_backend_name", "ceph").unwrap();
        validate("capabilities:total_capacity_gb", ">= 10").unwrap();
    }
}
