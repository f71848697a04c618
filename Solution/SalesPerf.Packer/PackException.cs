using System;

namespace SalesPerf.Packer;

/// <summary>The input cannot be packed (e.g. a step on a message whose SDK message id is not confirmed); the message says why.</summary>
public sealed class PackException : Exception
{
    public PackException()
    {
    }

    public PackException(string message)
        : base(message)
    {
    }

    public PackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
