global using AngleSharp.Dom;
global using Xunit;
global using Zicht.Tests.Infrastructure;
