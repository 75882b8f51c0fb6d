/* course.js */
const STRINGS = /*@strings@*/{};
