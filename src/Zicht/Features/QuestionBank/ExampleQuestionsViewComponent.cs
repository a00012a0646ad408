using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.QuestionBank;

/// <summary>
/// The side panel of suggestions beside a tool. Pages ask for it by name ("ExampleQuestions"), so the
/// features that show it do not depend on this one.
/// </summary>
[ViewComponent(Name = "ExampleQuestions")]
public sealed class ExampleQuestionsViewComponent(ZichtDb db) : ViewComponent
{
    public sealed record Model(string Context, IReadOnlyList<ExampleQuestion> Questions);

    public async Task<IViewComponentResult> InvokeAsync(string context)
    {
        var questions = await db.Set<ExampleQuestion>().AsNoTracking().Where(q => q.Context == context)
            .OrderBy(q => q.Position).ToListAsync(HttpContext.RequestAborted);
        return questions.Count == 0 ? Content("") : View("/Features/QuestionBank/_ExampleQuestions.cshtml", new Model(context, questions));
    }
}
