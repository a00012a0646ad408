global using Xunit;
global using Zicht.Tests.Infrastructure;
global using AngleSharp.Dom;
