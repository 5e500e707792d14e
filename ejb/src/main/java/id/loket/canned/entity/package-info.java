/** The canned response, its placeholders and who may use and keep it: plain Java. */
package id.loket.canned.entity;
