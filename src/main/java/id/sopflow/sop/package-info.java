/**
 * The SOP kernel: the steps every SOP repeats (case intake with its header, publishing with a manual fallback,
 * upload slots, case report, required-input checks), each one configurable bean with its element template, so that
 * an SOP's own package {@code id.sopflow.sop.<name>} holds only what is truly its own.
 *
 * <p>Why here and not in a package of its own ({@code id.sopflow.kernel}): the per-SOP packages already live below
 * {@code id.sopflow.sop}, so a reader looking for "what does an SOP step do" opens {@code sop} and finds the generic
 * step, and one level down the SOP's special rules that plug into it. The rule that keeps it generic is the package
 * boundary: classes directly in {@code id.sopflow.sop} import nothing from {@code id.sopflow.sop.<name>}; an SOP
 * plugs in by implementing a kernel interface (e.g. {@link id.sopflow.sop.IntakeStep}) as a Spring bean.
 */
package id.sopflow.sop;
