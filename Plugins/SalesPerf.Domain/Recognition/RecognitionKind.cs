namespace SalesPerf.Domain.Recognition;

/// <summary><c>spm_recognition.spm_kind</c>.</summary>
public enum RecognitionKind
{
    /// <summary>Given by a person to another.</summary>
    Kudos = 100000000,

    /// <summary>Granted by the engine under an honour rule.</summary>
    Honour = 100000001,
}
