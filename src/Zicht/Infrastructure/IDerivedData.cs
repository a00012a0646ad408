namespace Zicht.Infrastructure;

/// <summary>
/// Rows computed from other tables (a cache the app rebuilds). They hold nothing a person entered, so
/// their writes are not audit lines: the changes they are derived from already are.
/// </summary>
public interface IDerivedData;
