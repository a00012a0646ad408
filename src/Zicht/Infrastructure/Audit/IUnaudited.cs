namespace Zicht.Infrastructure.Audit;

/// <summary>
/// An anonymous record (a feedback response) that must not be tied to a person, a case or a moment:
/// an audit line names the actor, carries a time and sits in the chain next to the line of the
/// invitation that was used, so it would undo the anonymity. Its creation is not audited; the use of
/// the invitation is (docs/privacy.md, docs/decisions/007).
/// </summary>
public interface IUnaudited;
