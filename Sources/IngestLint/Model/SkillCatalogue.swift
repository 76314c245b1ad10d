/// Canonical skill ids and their aliases (from `rules/catalogues/skills.yml`, extended by the
/// configuration's `skills.aliases` and `skills.known`).
package struct SkillCatalogue: Sendable, Equatable {
    /// Canonical id → aliases (each in canonical text form).
    package let skills: [String: [String]]
    private let aliasTargets: [String: String]
    private let ids: Set<String>

    package init(skills: [String: [String]]) {
        self.skills = skills
        var targets: [String: String] = [:]
        for (id, aliases) in skills {
            for alias in aliases { targets[alias] = id }
        }
        aliasTargets = targets
        ids = Set(skills.keys)
    }

    package static func == (lhs: SkillCatalogue, rhs: SkillCatalogue) -> Bool { lhs.skills == rhs.skills }

    /// Adds the configuration's aliases (alias → id) and known skills.
    package func extended(aliases: [String: String], known: [String]) -> SkillCatalogue {
        if aliases.isEmpty, known.isEmpty { return self }
        var skills = self.skills
        for id in known.map(Self.textForm) where skills[id] == nil { skills[id] = [] }
        for (alias, id) in aliases {
            let target = Self.textForm(id)
            skills[target, default: []].append(Self.textForm(alias))
        }
        return SkillCatalogue(skills: skills)
    }

    /// Trimmed, lower-cased, inner white space collapsed to one space.
    package static func textForm(_ skill: String) -> String {
        // Most skills are already lower-case ASCII words: nothing to change.
        if skill.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }) {
            return skill
        }
        var result = ""
        var pendingSpace = false
        for scalar in skill.lowercased().unicodeScalars {
            if scalar.isWhiteSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The canonical form: the text form mapped through the aliases.
    package func canonical(_ skill: String) -> String {
        let text = Self.textForm(skill)
        return aliasTargets[text] ?? text
    }

    package func isKnown(_ canonicalSkill: String) -> Bool { ids.contains(canonicalSkill) }

    /// The nearest catalogue id (or alias's id) for an unknown skill.
    package func nearest(to canonicalSkill: String) -> String? {
        let candidates = (Array(ids) + Array(aliasTargets.keys)).sorted()
        let limit = canonicalSkill.count >= 6 ? 2 : 1
        return Suggestion.nearest(to: canonicalSkill, in: candidates, maximumDistance: limit) { aliasTargets[$0] ?? $0 }
    }
}
