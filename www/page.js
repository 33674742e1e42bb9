// The page's own script: the "example" button. Everything else is the <article-lens> element itself.
const lens = document.querySelector("article-lens");
const example = document.getElementById("example");

example?.addEventListener("click", async () => {
  const response = await fetch(new URL("./samples/harbour.txt", import.meta.url));
  if (response.ok) lens.text = await response.text();
});
