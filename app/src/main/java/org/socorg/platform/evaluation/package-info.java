/**
 * Evaluation (社会组织评估): an organization applies with a self-assessment; eligibility is a DMN table (years
 * registered, credit lists — joint punishment 联合惩戒 —, annual reports, a recent grade); an official reviews it
 * (with supplements that stop the clock); an expert panel scores it in parallel; the scores become a total and a
 * grade 1A–5A by DMN; the result is publicly noticed (公示) for a number of working days during which anyone may
 * object; the director confirms the grade, valid for five years, with a reminder before it expires. The grades are
 * public records ({@link org.socorg.platform.disclosure.PublicSections#EVALUATION}).
 */
package org.socorg.platform.evaluation;
