namespace Kvu.Bot.Formation;

/// <summary>The kengetallen of the area description in the Veiligheidsanalyse.</summary>
public enum KengetalKind
{
    /// <summary>Number of horeca businesses by kind ("14 cafés, 3 discotheken, 6 snackbars").</summary>
    Horeca,
    Openingstijden,

    /// <summary>Visitors on a busy night.</summary>
    Bezoekers,
    Inwoners,

    /// <summary>The area's boundaries in words.</summary>
    Grenzen,
}
