/// Every built-in rule check, in code order. Metadata for each lives in `rules/`.
public enum BuiltinRules {
    public static let all: [any Rule] = [
        JSONSyntaxRule(),
        DuplicateKeyRule(),
        ByteOrderMarkRule(),
        PayloadNotObjectRule(),
        EmptyInputRule(),
        MissingFieldRule(),
        WrongTypeRule(),
        BlankValueRule(),
        EmptyDataRule(),
        NullValueRule(),
        UnknownFieldRule(),
        MisplacedFieldRule(),
        InterviewerIdFormatRule(),
        NonScalarCustomFieldRule(),
        StringlyTypedValueRule(),
        SuspiciousNameRule(),
        InvalidEmailRule(),
        EmailNotNormalizedRule(),
        DuplicateEmailRule(),
        DuplicateEmailAcrossPayloadsRule(),
        EmailDomainTypoRule(),
        ReservedEmailDomainRule(),
        ProviderAliasDuplicateRule(),
    ]
}
