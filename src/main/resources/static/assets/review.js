// The review screen's keyboard: j or → next standard, k or ← previous, 1–4 choose the standard's verdict.
// Keys typed into a field are left alone; everything also works with links and buttons.
document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
        return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
            && !(target.tagName === 'INPUT' && target.type === 'radio'))) {
        return;
    }
    // Arrow keys keep their own meaning in a group of radio buttons.
    if (target && target.type === 'radio' && event.key.indexOf('Arrow') === 0) {
        return;
    }
    var screen = document.querySelector('[data-review-screen]');
    if (!screen) {
        return;
    }
    var link = null;
    if (event.key === 'j' || event.key === 'ArrowRight') {
        link = screen.querySelector('[data-review-next]');
    } else if (event.key === 'k' || event.key === 'ArrowLeft') {
        link = screen.querySelector('[data-review-previous]');
    }
    if (link) {
        event.preventDefault();
        link.click();
        return;
    }
    if (/^[1-4]$/.test(event.key)) {
        var choice = screen.querySelector('[data-standard-verdict] [data-shortcut="' + event.key + '"]');
        if (choice && !choice.disabled) {
            event.preventDefault();
            choice.checked = true;
            choice.focus();
            choice.dispatchEvent(new Event('change', {bubbles: true}));
        }
    }
});
