(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cy"]={"key":"cy","forms":{"cybersecurity":[0],"cycle":[1],"cycles":[1]},"terms":[{"w":575,"p":"jeM"},{"w":465,"p":"oCTULhRUhIL"}]};
